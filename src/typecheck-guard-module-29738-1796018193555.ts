export const fs: unknown = require('fs');
