// Every path of Acts I-III (the checks: act-walks.ts).
import { actWalkTests } from './act-walks.ts';

actWalkTests(['february', 'dual_power', 'july_days']);
