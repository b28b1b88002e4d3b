// The per-process hash secret and PYTHONHASHSEED, as CPython 3.12 sets them up (Python/bootstrap_hash.c:
// _Py_HashRandomization_Init, lcg_urandom; Python/initconfig.c: config_init_hash_seed).
// The secret is CPython's 24-byte _Py_HashSecret_t; its first 16 bytes are the siphash keys k0, k1
// (little-endian). HASH_KEY holds them as int32 words for siphash13. Seed 0 means an all-zero secret.

/** The 24 bytes of _Py_HashSecret_t. Written only by the hashSecret* setters. */
export const HASH_SECRET = new Uint8Array(24);

/** siphash keys as words: [k0 low, k0 high, k1 low, k1 high]. Kept in step with HASH_SECRET. */
export const HASH_KEY = new Int32Array(4);

/** CPython's fatal error text for a bad PYTHONHASHSEED (prefixed there by "Fatal Python error: config_init_hash_seed: "). */
export const HASH_SEED_ERROR = 'PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]';

/** What PYTHONHASHSEED asks for: a fixed seed (0..4294967295), or random when useHashSeed is false. */
export interface HashSeedConfig {
  useHashSeed: boolean;
  hashSeed: number;
}

/**
 * Parses PYTHONHASHSEED as CPython does: unset, empty or "random" means random; otherwise strtoul base 10
 * (leading whitespace, optional sign, digits, nothing after) with a value <= 4294967295. Null when invalid.
 * https://docs.python.org/3/using/cmdline.html#envvar-PYTHONHASHSEED
 */
export function hashSeedParse(text: string | undefined): HashSeedConfig | null {
  if (text === undefined || text === '' || text === 'random') return { useHashSeed: false, hashSeed: 0 };
  // strtoul: isspace() prefix, optional '+'/'-', one or more decimal digits, and the rest must be empty.
  const m = /^[ \t\n\v\f\r]*([+-]?)([0-9]+)$/.exec(text);
  if (m === null) return null;
  const digits = m[2].replace(/^0+/, '');
  if (digits.length > 10) return null;
  let value = digits === '' ? 0 : Number(digits);
  if (value > 4294967295) return null;
  // strtoul negates an unsigned long: "-N" is 2**64 - N, out of range unless N is 0.
  if (m[1] === '-' && value !== 0) return null;
  return { useHashSeed: true, hashSeed: value };
}

/** Sets the secret from a fixed seed as CPython does: 0 disables randomization, else lcg_urandom(seed). */
export function hashSecretFromSeed(seed: number): void {
  if (seed === 0) {
    HASH_SECRET.fill(0);
  } else {
    // x(n+1) = (x(n) * 214013 + 2531011) mod 2**32; each byte is bits 16..23 of x(n+1).
    let x = seed >>> 0;
    for (let i = 0; i < HASH_SECRET.length; i++) {
      x = (Math.imul(x, 214013) + 2531011) >>> 0;
      HASH_SECRET[i] = (x >>> 16) & 0xff;
    }
  }
  syncKey();
}

/**
 * Fills a byte array with random bytes: Web Crypto by default (this layer imports no platform module);
 * vm/runtime passes node:crypto's.
 */
export type RandomFill = (bytes: Uint8Array) => void;

const webCryptoFill: RandomFill = (bytes) => { globalThis.crypto.getRandomValues(bytes); };

/** Fills the secret with random bytes (hash randomization, CPython's default). */
export function hashSecretRandomize(fill: RandomFill = webCryptoFill): void {
  fill(HASH_SECRET);
  syncKey();
}

/** Installs a secret taken from elsewhere (another worker of the same process must hash alike). */
export function hashSecretSetBytes(bytes: Uint8Array): void {
  if (bytes.length !== HASH_SECRET.length) throw new Error('hash secret must be 24 bytes');
  HASH_SECRET.set(bytes);
  syncKey();
}

/**
 * Sets the secret from PYTHONHASHSEED text (see hashSeedParse); `fill` gives the random bytes when it is
 * random (Web Crypto when left out). Returns the parsed config, or null (secret left unchanged) when the
 * text is invalid: the caller reports HASH_SEED_ERROR and exits.
 */
export function hashSecretInit(seedText: string | undefined, fill?: RandomFill): HashSeedConfig | null {
  const config = hashSeedParse(seedText);
  if (config === null) return null;
  if (config.useHashSeed) hashSecretFromSeed(config.hashSeed);
  else hashSecretRandomize(fill);
  return config;
}

function syncKey(): void {
  const s = HASH_SECRET;
  for (let w = 0; w < 4; w++) {
    const i = w * 4;
    HASH_KEY[w] = s[i] | (s[i + 1] << 8) | (s[i + 2] << 16) | (s[i + 3] << 24);
  }
}
