// Word lists for realistic IoT organization names: company × domain × (optional) suffix gives
// far more than 10,000 distinct names. A few use unicode, mixed case or regex-like characters
// so that sorting, filtering and rendering get exercised.

export const COMPANIES: readonly string[] = [
  'Acme', 'Northwind', 'Contoso', 'Fabrikam', 'Globex', 'Initech', 'Tailspin', 'Wingtip', 'Adatum',
  'Litware', 'Proseware', 'Woodgrove', 'Lamna', 'Coho', 'Alpine', 'Blue Yonder', 'Bluefin', 'Cascade',
  'Cedar Ridge', 'Cobalt', 'Copperline', 'Crestview', 'Delta River', 'Evergreen', 'Fairview', 'Falcon',
  'Granite', 'Harbor Point', 'Helios', 'Ironwood', 'Juniper', 'Keystone', 'Lakeshore', 'Lumen', 'Maple',
  'Meridian', 'Midwest', 'Monarch', 'Nimbus', 'Oakridge', 'Orion', 'Pacific', 'Pinnacle', 'Polaris',
  'Prairie', 'Quantum', 'Redwood', 'Riverbend', 'Sierra', 'Silverline', 'Summit', 'Sunbelt', 'Tidewater',
  'Trident', 'Vertex', 'Westfield', 'Zenith', 'Müller', 'Søndergaard', 'Zürich', 'Ångström', 'Kraków',
  'São Paulo', 'Łódź', 'Élan', 'iSense', 'eFleet', 'ACME', 'bluepeak', 'McAllister', "O'Brien", 'Nordlys',
  '東京', 'Ørsted Valley', 'deltaWave',
];

export const DOMAINS: readonly string[] = [
  'Smart Buildings', 'Cold Chain', 'Fleet Telematics', 'Water Utilities', 'Smart Agriculture',
  'Asset Tracking', 'Predictive Maintenance', 'Energy Monitoring', 'Industrial Automation', 'Smart Parking',
  'Environmental Sensing', 'Oil & Gas', 'Pipeline Monitoring', 'Smart Retail', 'Connected Health',
  'HVAC Analytics', 'Solar Fleet', 'Wind Operations', 'Grain Storage', 'Greenhouse Control',
  'Tank Monitoring', 'Air Quality', 'Rail Monitoring', 'Port Logistics', 'Mining Telemetry', 'Food Safety',
  'Elevator Monitoring', 'Street Lighting', 'Waste Management', 'Occupancy Sensing', 'Leak Detection',
  'Irrigation', 'Livestock Tracking', 'Battery Storage', 'EV Charging', 'Cold Storage', 'Warehouse Robotics',
  'Building Automation', 'Flood Warning', 'Connected Machines', 'Pump Stations', 'Vibration Analytics',
  'R&D', 'Smart Metering', 'IoT Platform',
];

/** Appended to about half of the names. */
export const SUFFIXES: readonly string[] = [
  '– EU', '– US East', '– US West', '– APAC', '– LATAM', '– Canada', '– UK', '(Pilot)', '(Staging)',
  '(Prod)', '[Sandbox]', 'Team', 'Labs', 'Operations', 'Engineering', 'Plant #3', 'Demo', 'QA', 'v2',
  '+ Partners', 'Inc.', 'GmbH', 'Ltd.', 'Field Trials', 'Customer Success',
];

export const DESCRIPTION_SENTENCES: readonly string[] = [
  'Monitors temperature and humidity across all refrigerated trailers.',
  'Production workspace for the facilities team.',
  'Collects vibration and current readings from critical pumps to predict failures.',
  'Dashboards for the operations center and on-call engineers.',
  'Pilot deployment with 40 gateways at two sites.',
  'Tracks tank levels and schedules refills automatically.',
  'Shared with our integration partner for the Q3 rollout.',
  'Sandbox for trying new workflows before promoting them to production.',
  'Energy sub-metering for the headquarters campus.',
  'Soil moisture, weather station and irrigation valve control.',
  'Do not delete: used by the customer-facing experience.',
  'Edge compute gateways run the data-cleanup workflows on site.',
];

export const ICON_COLORS: readonly string[] = ['#1E88E5', '#43A047', '#F4511E', '#8E24AA', '#FDD835', '#00ACC1', '#6D4C41', '#3949AB'];

export const BANNERS: ReadonlyArray<{ message: string; level: 'info' | 'warning' | 'critical' }> = [
  { message: 'Scheduled maintenance on Saturday 02:00–04:00 UTC.', level: 'info' },
  { message: 'This organization is approaching its device limit.', level: 'warning' },
  { message: 'Payment failed: update the billing details to avoid suspension.', level: 'critical' },
];
