// The components a story may use, by the name it writes them with.
import BigNumber from './BigNumber.astro';
import Callout from './Callout.astro';
import Chart from './Chart.astro';
import DataTable from './DataTable.astro';
import Figure from './Figure.astro';
import Map from './Map.astro';
import Query from './Query.astro';

export const storyComponents = { BigNumber, Callout, Chart, DataTable, Figure, Map, Query };
