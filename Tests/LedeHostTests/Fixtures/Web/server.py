#!/usr/bin/env python3
"""A local web server for lede's `load URL` tests: binds 127.0.0.1 on a free port, prints the
port on the first line of stdout, and serves until stdin closes (so it dies with the test).

  /article.html   a page (its text is written for these tests)
  /redirect       302 to /article.html, /redirect2 302 to /redirect
  /gzip.html      the page, gzip-encoded
  /latin1.html    a windows-1252 page declared in the Content-Type header
  /slow           answers after 5 seconds
  /missing        404
  /data.json      JSON, not HTML
  /big.html       a 2 MB page
  /agent          a page whose text is the request's User-Agent
"""
import gzip, http.server, socketserver, sys, threading, time

PAGE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour ferry returns | Test Courier</title>
<meta property="og:site_name" content="Test Courier">
<meta property="article:published_time" content="2026-03-02T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact us</a></nav>
<article><h1>Harbour ferry returns</h1>
<p>The harbour ferry in Port Wendle ran again on Monday after a winter of repairs, the operator said.</p>
<p>Captain Ines Marlow said the new engines were quieter, and that the first crossing was full.</p>
</article>
<div class="share-buttons"><a href="#">Facebook Share</a> <a href="#">Tweet</a></div>
<footer>Copyright Test Courier</footer>
</body></html>"""

LATIN1 = ("<html><head><title>Caf\u00e9 reopens</title></head><body><article>"
          "<p>The caf\u00e9 on Quay Street reopened \u2013 with the same na\u00efve murals \u2018as before\u2019.</p>"
          "</article></body></html>").encode("cp1252")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers:
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?")[0]
        if path == "/article.html":
            self.send(200, PAGE)
        elif path == "/redirect":
            self.send(302, b"", headers=[("Location", "/article.html")])
        elif path == "/redirect2":
            self.send(302, b"", headers=[("Location", "/redirect")])
        elif path == "/gzip.html":
            self.send(200, gzip.compress(PAGE), headers=[("Content-Encoding", "gzip")])
        elif path == "/latin1.html":
            self.send(200, LATIN1, content_type="text/html; charset=windows-1252")
        elif path == "/slow":
            time.sleep(5)
            self.send(200, PAGE)
        elif path == "/data.json":
            self.send(200, b'{"text": "not a page"}', content_type="application/json")
        elif path == "/big.html":
            self.send(200, b"<html><body><p>" + b"word " * 400_000 + b"</p></body></html>")
        elif path == "/agent":
            agent = self.headers.get("User-Agent", "")
            self.send(200, f"<html><body><p>agent: {agent}</p></body></html>".encode())
        else:
            self.send(404, b"<html><body>not found</body></html>")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


server = Server(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
sys.stdin.read()
