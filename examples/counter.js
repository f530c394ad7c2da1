// A stateful counter: prints 1, 2, 3 … once a second. Migrate it (`colony migrate counter --to ENGINE`)
// and the count goes on where it stopped, on the other engine, with no number lost or repeated.
let count = 0;
setInterval(() => {
  count++;
  console.log(`count ${count}`);
}, 1000);
