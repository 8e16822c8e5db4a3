// Every path of Acts IV-VI (the checks: act-walks.ts).
import { actWalkTests } from './act-walks.ts';

actWalkTests(['kornilov', 'october', 'defence']);
