// bench/api: anonymous clients sending 20 MB JSON bodies (`[{},{},…]`) to /health, one after another,
// until SIGTERM; prints how many it sent. A process of its own, so it does not slow the measuring one.
import { request } from 'node:http';

const [url, clients = '4'] = process.argv.slice(2);
const body = Buffer.from(`[${'{},'.repeat(6_990_000)}{}]`);
let running = true;
let sent = 0;

function one() {
  return new Promise(resolve => {
    const req = request(url, {
      method: 'GET',
      headers: {
        'content-type': 'application/json',
        'content-length': body.length,
      },
    });
    req.on('response', res => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', resolve);
    req.end(body);
  }).then(() => {
    sent++;
    return running ? one() : undefined;
  });
}

const loops = Array.from({ length: Number(clients) }, one);
process.on('SIGTERM', async () => {
  running = false;
  await Promise.all(loops);
  console.log(sent);
  process.exit(0);
});
