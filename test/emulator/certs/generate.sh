#!/bin/sh
# Regenerates the emulator's TEST-ONLY certificate authority and server certificate.
# Nothing but the emulator's tests and demo may trust ca.pem. The CA key is thrown away after signing,
# so nobody can issue further certificates under this CA; re-run this script to rotate both.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
days=10000
openssl ecparam -name prime256v1 -genkey -noout -out "$tmp/ca.key"
openssl req -x509 -new -key "$tmp/ca.key" -sha256 -days "$days" -out ca.pem \
  -subj "/CN=AKS Backup Guard emulator test CA (do not trust outside tests)" \
  -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
  -addext "keyUsage=critical,keyCertSign,cRLSign"
openssl ecparam -name prime256v1 -genkey -noout -out "$tmp/server.key"
openssl pkcs8 -topk8 -nocrypt -in "$tmp/server.key" -out server.key
openssl req -new -key server.key -out "$tmp/server.csr" -subj "/CN=127.0.0.1"
cat > "$tmp/ext.cnf" <<'EXT'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost
EXT
openssl x509 -req -in "$tmp/server.csr" -CA ca.pem -CAkey "$tmp/ca.key" -CAcreateserial \
  -CAserial "$tmp/ca.srl" -sha256 -days "$days" -extfile "$tmp/ext.cnf" -out server.pem
openssl verify -CAfile ca.pem server.pem
