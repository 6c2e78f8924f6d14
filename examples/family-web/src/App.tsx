import { emergencyContactsFor } from '@recovery-rules/core/sync';
import { useState } from 'react';
import { AppFrame } from './components/AppFrame.js';
import { Home, type FlowName } from './components/Home.js';
import { SafeFallback } from './components/SafeFallback.js';
import { deviceRegion, deviceTimeZone } from './engine/device-context.js';
import { CheckInFlow } from './flows/CheckInFlow.js';
import { EmergencyFlow } from './flows/EmergencyFlow.js';
import { NaltrexoneFlow } from './flows/NaltrexoneFlow.js';

/** The app: a start screen and three flows, all evaluated on the device with the bundled SDK. */
export function App() {
  const [flow, setFlow] = useState<FlowName | null>(null);
  const [timeZone] = useState(deviceTimeZone);
  const [region] = useState(() => deviceRegion());
  const contacts = emergencyContactsFor(region);
  if (flow === null) {
    return (
      <AppFrame>
        <Home onStart={setFlow} contacts={contacts} />
      </AppFrame>
    );
  }
  return (
    <AppFrame onHome={() => setFlow(null)}>
      <SafeFallback contacts={contacts} onReset={() => setFlow(null)}>
        {flow === 'emergency' ? <EmergencyFlow timeZone={timeZone} region={region} /> : null}
        {flow === 'naltrexone' ? <NaltrexoneFlow deviceTimeZone={timeZone} region={region} /> : null}
        {flow === 'check-in' ? <CheckInFlow region={region} /> : null}
      </SafeFallback>
    </AppFrame>
  );
}
