// The parts of Apache ECharts that <cc-timeline> uses, registered once; imported lazily by cc-timeline.js.
import * as echarts from 'echarts/core';
import { LineChart, CustomChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, CustomChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { echarts };
