// Echoes messages: whatever arrives on echo/in goes back on echo/out with a sequence number.
// From outside, MQTT carries these topics as user/echo/in and user/echo/out (see the README).
let echoed = 0;
pubsub.subscribe('echo/in', (message, topic) => {
  echoed++;
  pubsub.publish('echo/out', { echoed, message });
  console.log(`echo #${echoed} from ${topic}:`, message);
});
console.log('listening on echo/in');
