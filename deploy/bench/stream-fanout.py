# One notification, many open streams: opens STREAMS live streams (SSE) of one team member, posts TICKETS tickets one
# at a time (a second apart) to that member's project and measures, for each, when its "new ticket" notification
# reached the first and the last of the streams. Non-blocking sockets and one epoll loop, so the probe itself adds no
# per-stream thread wake-ups to the figure. Prints figures; never part of the tests.
# python3 stream-fanout.py OFFSET ENTERPRISE_TOKEN PROJECT_ID STREAMS TICKETS
import json, selectors, socket, statistics, sys, time, urllib.request

offset, enterprise, project, n, tickets = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
notify_port, assist_port = 8083 + offset, 8082 + offset


def token(claims):
    request = urllib.request.Request(f"http://localhost:{8090 + offset}/token", data=json.dumps(claims).encode(),
                                     headers={"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(request))["access_token"]


member = token({"sub": "zhang.wei", "roles": ["staff"], "district": "etdz"})
request = (f"GET /api/v1/notifications/stream HTTP/1.1\r\nHost: localhost:{notify_port}\r\n"
           f"Authorization: Bearer {member}\r\nAccept: text/event-stream\r\n\r\n").encode()
selector = selectors.DefaultSelector()
received = {}  # socket -> bytes seen since the current ticket was posted
status = {}  # socket -> the first line of its response
for _ in range(n):
    s = socket.create_connection(("localhost", notify_port))
    s.sendall(request)
    s.setblocking(False)
    selector.register(s, selectors.EVENT_READ)
    received[s] = b""


def pump(seconds, marker=None, started=None):
    """Reads what arrives for the given seconds, or until every stream has the marker; returns each stream's time."""
    reached = {}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and (marker is None or len(reached) < n):
        for key, _ in selector.select(timeout=0.05):
            now = time.monotonic()
            chunk = key.fileobj.recv(65536)
            if not chunk:
                raise SystemExit("a stream was closed by the server")
            status.setdefault(key.fileobj, chunk.split(b"\r\n", 1)[0])
            # a marker can straddle two reads: keep a tail of what came before
            received[key.fileobj] = received[key.fileobj][-200:] + chunk
            if marker is not None and key.fileobj not in reached and marker in received[key.fileobj]:
                reached[key.fileobj] = now - started
    return reached


pump(3)
refused = [line for line in status.values() if not line.startswith(b"HTTP/1.1 200")]
if refused or len(status) < n:
    raise SystemExit(f"{n - len(status)} streams did not answer, {len(refused)} refused: {refused[:1]}")
print(f"{n} streams of zhang.wei open", flush=True)
firsts, lasts, medians, missing = [], [], [], 0
for k in range(tickets):
    marker = f"fanout-probe-{k}-end".encode()
    body = json.dumps({"projectId": project, "category": "STAFFING", "title": marker.decode(), "description": "扇出测量"}).encode()
    post = urllib.request.Request(f"http://localhost:{assist_port}/api/v1/tickets", data=body, method="POST",
                                  headers={"Authorization": "Bearer " + enterprise, "Content-Type": "application/json"})
    for s in received:
        received[s] = b""
    started = time.monotonic()
    urllib.request.urlopen(post).read()
    reached = pump(10, marker, started)
    missing += n - len(reached)
    if reached:
        times = sorted(reached.values())
        firsts.append(times[0] * 1000)
        lasts.append(times[-1] * 1000)
        medians.append(statistics.median(times) * 1000)
    pump(1)
print(f"{tickets} notifications, each to {n} streams: first stream p50 {statistics.median(firsts):.0f} ms, "
      f"half the streams p50 {statistics.median(medians):.0f} ms, the last stream p50 {statistics.median(lasts):.0f} ms, "
      f"max {max(lasts):.0f} ms (from the POST leaving); every stream within 100 ms for "
      f"{sum(1 for last in lasts if last <= 100)} of {tickets}; not reached within 10 s: {missing}")
