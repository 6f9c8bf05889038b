#!/bin/sh
# Answers the handshake with a protocol version lede does not speak.
read -r line
echo '{"jsonrpc": "2.0", "id": 1, "result": {"protocol_version": 99, "name": "future", "version": "9.0"}}'
read -r line
