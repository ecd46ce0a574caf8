# Sourced by the load scripts: a free loopback port, and waiting for a started server to answer.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
wait_for_ping() {  # wait_for_ping PORT: up to 30 s for GET /api/v1/ping, else exit 1
  for _ in $(seq 1 150); do
    curl -fs "http://127.0.0.1:$1/api/v1/ping" >/dev/null && return 0
    sleep 0.2
  done
  echo "the server on port $1 did not start" >&2
  exit 1
}
