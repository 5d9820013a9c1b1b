// The repository's lint settings without the test clock ban (see eslint.clock-exempt.js).
module.exports = require('../eslint.clock-exempt.js')(__dirname);
