/** A force of 1917 the simulation tracks (0-100), with how the game names and explains it. */
export interface ForceInfo {
  readonly key: string;
  readonly label: string;
  readonly explain: string;
}

/** The forces in the order the game shows them; keys are ink variable names in story/state.ink. */
export const FORCES: readonly ForceInfo[] = [
  {
    key: 'worker_confidence',
    label: "Workers' confidence",
    explain: 'How far the workers believe they can act, and rule, for themselves: the essay’s master variable.',
  },
  { key: 'garrison', label: 'Garrison with the revolution', explain: 'How far the soldiers of the Petrograd garrison have come over.' },
  { key: 'fleet', label: 'Kronstadt and the fleet', explain: 'The readiness of the Baltic sailors.' },
  { key: 'red_guard', label: 'Red Guard', explain: 'The strength of the armed workers’ detachments.' },
  { key: 'party_org', label: 'Party organisation', explain: 'Bolshevik cells, papers, agitators and contacts in the barracks.' },
  { key: 'party_unity', label: 'Party unity', explain: 'How united the Bolshevik leadership is.' },
  { key: 'bolshevik_share', label: 'Bolshevik share of delegates', explain: 'Per cent of soviet delegates who follow the Bolsheviks.' },
  { key: 'moderates_cred', label: 'Mensheviks’ and SRs’ credibility', explain: 'How far workers and soldiers still trust the moderate socialists.' },
  {
    key: 'gov_authority',
    label: 'Government authority',
    explain: 'The authority of the old order’s government: the Tsar’s ministers, then the Provisional Government, then those who claim to replace the Soviets.',
  },
  { key: 'counter_threat', label: 'Counter-revolution', explain: 'How strong the organised counter-revolution is: police, officers, generals, plotters.' },
  { key: 'economy_crisis', label: 'Economic crisis', explain: 'Hunger, prices and factory closures.' },
  { key: 'german_threat', label: 'German threat', explain: 'The danger that the German army takes Petrograd.' },
  { key: 'legitimacy', label: 'Legitimacy of soviet power', explain: 'The mandate a transfer of power to the soviets would carry.' },
  { key: 'repression', label: 'Repression', explain: 'Arrests, bans and violence against the workers’ organisations.' },
  { key: 'workers_control', label: 'Workers’ control', explain: 'Per cent of the industrial workforce in plants under some workers’ control.' },
  { key: 'peasant_land', label: 'Peasant land seizures', explain: 'How far the peasants are taking the land themselves.' },
  { key: 'left_allies', label: 'Left allies', explain: 'How ready the Left SRs and Menshevik-Internationalists are to work with the Bolsheviks.' },
];
