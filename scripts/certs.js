#!/usr/bin/env node
/**
 * HTTPS certificates for the dev server (https://localhost:3000). `node scripts/certs.js` prints
 * the folder it settled on; scripts/start.js calls ensureCerts().
 *
 * Order:
 *  1. valid certificates already in SMM_CERT_DIR or .certs/ (git-ignored);
 *  2. Windows/macOS: office-addin-dev-certs' trusted CA in ~/.office-addin-dev-certs (generated and
 *     trusted on first use; the OS may ask for a password), which desktop Excel needs;
 *  3. office-addin-dev-certs' generator into .certs/ (Linux: the CA cannot be trusted here; Excel on
 *     the web in a browser needs you to accept the certificate once at https://localhost:3000);
 *  4. openssl, a self-signed certificate into .certs/;
 *  5. nothing: webpack-dev-server then makes its own self-signed certificate.
 */
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const LOCAL_DIR = path.join(ROOT, ".certs");
const OFFICE_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const DAYS = 30;

function files(dir) {
  return { dir, ca: path.join(dir, "ca.crt"), cert: path.join(dir, "localhost.crt"), key: path.join(dir, "localhost.key") };
}

/** True when dir holds a localhost certificate + key valid for at least another day. */
function valid(dir) {
  const f = files(dir);
  try {
    if (!fs.existsSync(f.cert) || !fs.existsSync(f.key)) return false;
    const x = new crypto.X509Certificate(fs.readFileSync(f.cert));
    if (new Date(x.validTo).getTime() < Date.now() + 24 * 3600 * 1000) return false;
    if (!x.checkHost("localhost")) return false;
    return x.checkPrivateKey(crypto.createPrivateKey(fs.readFileSync(f.key)));
  } catch {
    return false;
  }
}

async function withOfficeDevCerts(dir) {
  const devCerts = require("office-addin-dev-certs");
  const f = files(dir);
  fs.mkdirSync(dir, { recursive: true });
  await devCerts.generateCertificates(f.ca, f.cert, f.key, DAYS, ["127.0.0.1", "localhost"]);
  return valid(dir);
}

function withOpenssl(dir) {
  const f = files(dir);
  fs.mkdirSync(dir, { recursive: true });
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-sha256",
      "-days",
      String(DAYS),
      "-keyout",
      f.key,
      "-out",
      f.cert,
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ],
    { stdio: "ignore" },
  );
  return valid(dir);
}

/**
 * Returns { dir, ca, cert, key, trusted, how } or null (let webpack-dev-server self-sign).
 * log: where to print what happened.
 */
async function ensureCerts({ log = console.log } = {}) {
  const wanted = process.env.SMM_CERT_DIR ? path.resolve(process.env.SMM_CERT_DIR) : LOCAL_DIR;
  if (valid(wanted)) return { ...files(wanted), trusted: false, how: "existing" };

  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      const devCerts = require("office-addin-dev-certs");
      await devCerts.ensureCertificatesAreInstalled(DAYS);
      if (valid(OFFICE_DIR)) return { ...files(OFFICE_DIR), trusted: true, how: "office-addin-dev-certs (trusted CA)" };
    } catch (e) {
      log(`[certs] could not install a trusted development CA: ${e && e.message ? e.message : e}`);
    }
  }
  if (valid(OFFICE_DIR)) return { ...files(OFFICE_DIR), trusted: false, how: "existing office-addin-dev-certs" };

  try {
    if (await withOfficeDevCerts(wanted)) return { ...files(wanted), trusted: false, how: "office-addin-dev-certs (generated, not trusted)" };
  } catch (e) {
    log(`[certs] office-addin-dev-certs could not generate certificates: ${e && e.message ? e.message : e}`);
  }
  try {
    if (withOpenssl(wanted)) return { ...files(wanted), ca: null, trusted: false, how: "openssl self-signed" };
  } catch (e) {
    log(`[certs] openssl could not make a certificate: ${e && e.message ? e.message : e}`);
  }
  return null;
}

module.exports = { ensureCerts, valid, LOCAL_DIR, OFFICE_DIR };

if (require.main === module) {
  ensureCerts().then(
    (c) => {
      if (!c) {
        console.log("no certificate: webpack-dev-server will generate a self-signed one");
        return;
      }
      console.log(`${c.dir} (${c.how})`);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
