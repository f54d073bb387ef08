#!/usr/bin/env python3
"""Peak memory (RSS) of the shop while N worst-case images are uploaded at once.

Starts Store.Web (Release build) on a fresh SQLite database, signs in as the administrator, sends N
parallel POST /api/v1/media of a 6300 x 6300 PNG of about 116 KB (mostly one colour, so it compresses
1000:1 and decodes to 159 MB of pixels), and reads the process's peak resident set (VmHWM in
/proc/PID/status) before and after. One shop process per run, so each peak is that run's own.

  dotnet build Store.Web -c Release
  python3 bench/upload-memory/run.py 8 32                      # the default decode budget
  python3 bench/upload-memory/run.py --budget-mb 100000 8 32   # no effective budget (as before issue 20)
"""
import argparse, http.cookiejar, json, os, re, shutil, socket, struct, subprocess, sys, tempfile, threading, time, urllib.request, zlib
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DLL = os.path.join(ROOT, "Store.Web", "bin", "Release", "net10.0", "Store.Web.dll")
ADMIN, PASSWORD = "admin@bench.local", "Bench-pass-123"


def png(side):
    row = b"\x00" + bytes([200, 40, 40]) * side  # filter byte + one red row
    raw = zlib.compress(row * side, 9)
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid, field):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(rf"^{field}:\s+(\d+) kB", f.read(), re.M).group(1)) / 1024


def run(parallel, budget_mb, image):
    work = tempfile.mkdtemp(prefix="store-upload-bench-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    args = ["dotnet", DLL, "--urls", base, "--Database:ConnectionString=Data Source=" + os.path.join(work, "store.db"),
            "--Setup:AdminEmail=" + ADMIN, "--Setup:AdminPassword=" + PASSWORD, "--Setup:Recipe=default",
            "--Email:BaseUrl=" + base, "--Email:PickupDirectory=" + os.path.join(work, "mail"),
            "--Jwt:SigningKey=" + "b" * 44, "--Catalog:Media:Root=" + os.path.join(work, "media"),
            "--Catalog:Media:DecodeWait=00:00:30"]
    if budget_mb:
        args.append(f"--Catalog:Media:DecodeMemoryMB={budget_mb}")
    env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Production")
    shop = subprocess.Popen(args, cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/health/ready", timeout=2)
                break
            except Exception:
                time.sleep(0.5)
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        page = opener.open(base + "/admin/login").read().decode()
        token = re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({"Email": ADMIN, "Password": PASSWORD, "__RequestVerificationToken": token}).encode()
        opener.open(base + "/admin/login", body)
        before = rss_mb(shop.pid, "VmRSS")
        statuses, started = Counter(), time.time()

        def upload():
            boundary = "benchboundary"
            data = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\nContent-Type: image/png\r\n\r\n").encode() + image + f"\r\n--{boundary}--\r\n".encode()
            request = urllib.request.Request(base + "/api/v1/media", data, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
            try:
                statuses[opener.open(request, timeout=600).status] += 1
            except urllib.error.HTTPError as e:
                statuses[e.code] += 1

        threads = [threading.Thread(target=upload) for _ in range(parallel)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        seconds = time.time() - started
        peak = rss_mb(shop.pid, "VmHWM")
        return before, peak, seconds, dict(statuses)
    finally:
        shop.terminate()
        shop.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    import urllib.parse
    parser = argparse.ArgumentParser()
    parser.add_argument("--budget-mb", type=int, default=0)
    parser.add_argument("parallel", type=int, nargs="+")
    options = parser.parse_args()
    image = png(6300)
    print(f"image: 6300 x 6300 PNG, {len(image) / 1024:.0f} KB; budget: {options.budget_mb or 'default'} MB", file=sys.stderr)
    for n in options.parallel:
        before, peak, seconds, statuses = run(n, options.budget_mb, image)
        print(f"| {n} | {options.budget_mb or 'default'} | {before:.0f} MB | {peak:.0f} MB | {seconds:.1f} s | {json.dumps(statuses)} |")
