// A fake temperature sensor: publishes a reading on sensors/temp every second
// (user/sensors/temp over MQTT) and logs it. The reading drifts, so a migration shows no jump.
let reading = 20;
let sent = 0;
setInterval(() => {
  reading += Math.round((Math.random() - 0.5) * 10) / 10;
  sent++;
  const message = { sensor: 'temp-1', celsius: Number(reading.toFixed(1)), n: sent };
  pubsub.publish('sensors/temp', message);
  console.log(`reading #${sent}: ${message.celsius} °C`);
}, 1000);
