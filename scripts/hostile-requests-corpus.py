#!/usr/bin/env python3
"""Writes routes/src/test/resources/hostile-requests.jsonl, the corpus of malformed and hostile requests that
HostileRequestsTest (H2) and HostileRequestsIT (MariaDB) send to the running service: one JSON object a line
(name, method, target, headers, body, the status or statuses it must get). Run from the repository root after
changing a case here; the placeholders (${user}, ${product}, ${token}, ${rep:TEXT:N}) are filled in by the test."""
import json
import os
cases = []
def add(name, method, target, status, body=None, headers=None, **extra):
    c = {"name": name, "method": method, "target": target}
    if headers: c["headers"] = headers
    if body is not None: c["body"] = body
    c["status"] = status
    c.update(extra)
    cases.append(c)

JSON = {"Content-Type": "application/json"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
EMOJI65 = "\U0001F600" * 65
LONG65 = "u" * 65
hostile_ids = [("nul", "u\u0000"), ("nul only", "\u0000"), ("bell", "\u0007u"), ("escape", "\u001b[31m"),
               ("lone surrogate", "\ud800"), ("65 chars", LONG65), ("65 emoji", EMOJI65), ("blank", "   "),
               ("del char", "u\u007f")]
bad_times = [("year 1000000000", "+1000000000-12-31T23:59:59Z"), ("year 9999", "9999-12-31T23:59:59Z"),
             ("year 99999", "+99999-01-01T00:00:00Z"), ("before 1970", "1969-12-31T23:59:59Z"),
             ("year 2100", "2100-01-01T00:00:00Z"), ("not a time", "yesterday"), ("date only", "2024-05-01"),
             ("negative year", "-0001-01-01T00:00:00Z"), ("month 13", "2024-13-01T00:00:00Z")]

def pct(s):
    return "".join(c if c.isalnum() else "".join("%%%02X" % b for b in c.encode("utf-8", "surrogatepass")) for c in s)

# ---- GET /api/recommendations/list
L = "/api/recommendations/list"
add("list: no userId", "GET", L, 400)
add("list: blank userId", "GET", L + "?userId=", 400)
add("list: repeated userId", "GET", L + "?userId=a&userId=b", 400)
add("list: repeated limit", "GET", L + "?userId=${user}&limit=1&limit=2", 400)
add("list: bad percent-encoding", "GET", L + "?userId=%zz%", 400)
add("list: trailing percent", "GET", L + "?userId=${user}%", 400)
add("list: half escape", "GET", L + "?userId=${user}%4", 400)
add("list: escape not UTF-8", "GET", L + "?userId=%ff%fe", 400)
add("list: escaped surrogate", "GET", L + "?userId=%ed%a0%80", 400)
for v in ["abc", "2.5", "0", "101", "-1", "99999999999", "1e3", "0x10", "%2B%2B1"]:
    add("list: limit " + v, "GET", L + "?userId=${user}&limit=" + v, 400)
for v in ["phone", "unknown", "1", "%00"]:
    add("list: deviceType " + v, "GET", L + "?userId=${user}&deviceType=" + v, 400)
for n, v in bad_times:
    add("list: at " + n, "GET", L + "?userId=${user}&at=" + pct(v), 400)
for n, v in hostile_ids:
    add("list: userId " + n, "GET", L + "?userId=" + pct(v), 400)
add("list: POST instead of GET", "POST", L + "?userId=${user}", 405)
add("list: DELETE", "DELETE", L + "?userId=${user}", 405)

# ---- POST /api/recommendations/init
I = "/api/recommendations/init"
add("init: no fields", "POST", I, 400)
add("init: repeated userId in query", "POST", I + "?userId=a&userId=b", 400)
add("init: bad percent-encoding", "POST", I + "?userId=%zz%", 400)
for n, b in [("empty object", "{}"), ("array", "[]"), ("null", "null"), ("string", "\"u1\""), ("number", "42"),
             ("unclosed", "{\"userId\":"), ("trailing text", "{\"userId\":\"${user}\"} x"),
             ("two objects", "{\"userId\":\"${user}\"}{\"userId\":\"${user}\"}"),
             ("duplicate userId", "{\"userId\":\"${user}\",\"userId\":\"${user}\"}"),
             ("userId number", "{\"userId\":123}"), ("userId true", "{\"userId\":true}"),
             ("userId object", "{\"userId\":{\"$ne\":null}}"), ("userId array", "{\"userId\":[\"a\",\"b\"]}"),
             ("limit 2.5", "{\"userId\":\"${user}\",\"limit\":2.5}"), ("limit string", "{\"userId\":\"${user}\",\"limit\":\"10\"}"),
             ("limit 0", "{\"userId\":\"${user}\",\"limit\":0}"), ("limit 101", "{\"userId\":\"${user}\",\"limit\":101}"),
             ("limit huge", "{\"userId\":\"${user}\",\"limit\":99999999999999999999}"),
             ("limit true", "{\"userId\":\"${user}\",\"limit\":true}"),
             ("unknown field", "{\"userId\":\"${user}\",\"user\":\"x\"}"),
             ("deviceType phone", "{\"userId\":\"${user}\",\"deviceType\":\"phone\"}"),
             ("NUL in userId", "{\"userId\":\"${user}\\u0000\"}"),
             ("single quotes", "{'userId':'${user}'}"), ("comment in JSON", "{/*x*/\"userId\":\"${user}\"}"),
             ("NaN limit", "{\"userId\":\"${user}\",\"limit\":NaN}"),
             ("deep nesting", "[" * 5000 + "]" * 5000)]:
    add("init: " + n, "POST", I, 400, body=b, headers=JSON)
for n, v in bad_times:
    add("init: at " + n, "POST", I, 400, body=json.dumps({"userId": "${user}", "at": v}), headers=JSON)
for n, v in hostile_ids:
    add("init: userId " + n, "POST", I, 400, body=json.dumps({"userId": v}), headers=JSON)
add("init: text/plain", "POST", I, 415, body="userId=${user}", headers={"Content-Type": "text/plain"})
add("init: xml", "POST", I, 415, body="<userId>${user}</userId>", headers={"Content-Type": "application/xml"})
add("init: form unknown field", "POST", I, 400, body="userId=${user}&user=x", headers=FORM)
add("init: form repeated field", "POST", I, 400, body="userId=${user}&userId=b", headers=FORM)
add("init: form bad escape", "POST", I, 400, body="userId=%zz", headers=FORM)
add("init: form limit 2.5", "POST", I, 400, body="userId=${user}&limit=2.5", headers=FORM)
add("init: GET", "GET", I + "?userId=${user}", 405)
add("init: body too large", "POST", I, 413, body="{\"userId\":\"${rep:a:1100000}\"}", headers=JSON)

# ---- DELETE /api/recommendations
D = "/api/recommendations"
add("clear: no userId", "DELETE", D, 400)
add("clear: repeated userId", "DELETE", D + "?userId=a&userId=b", 400)
add("clear: bad escape", "DELETE", D + "?userId=%zz%", 400)
for n, v in hostile_ids[:7]:
    add("clear: userId " + n, "DELETE", D + "?userId=" + pct(v), 400)
add("clear: PUT", "PUT", D + "?userId=${user}", 405, body="{}", headers=JSON)

# ---- POST /api/interactions
P = "/api/interactions"
def inter(**kw):
    d = {"userId": "${user}", "productId": "${product}", "action": "view"}
    d.update(kw)
    return json.dumps({k: v for k, v in d.items() if v is not None})
for n, b in [("empty object", "{}"), ("array", "[]"), ("null", "null"), ("unclosed", "{\"userId\":\"${user}\""),
             ("trailing text", inter() + " trailing"), ("trailing object", inter() + inter()),
             ("duplicate action", inter()[:-1] + ",\"action\":\"purchase\"}"),
             ("userId number", inter(userId=123)), ("userId true", inter(userId=True)),
             ("productId number", inter(productId=7)), ("action number", inter(action=1)),
             ("action buy", inter(action="buy")), ("action blank", inter(action="")), ("no action", inter(action=None)),
             ("no productId", inter(productId=None)), ("no userId", inter(userId=None)),
             ("deviceType phone", inter(deviceType="phone")), ("deviceType number", inter(deviceType=2)),
             ("timestamp number", inter(timestamp=1714557600)), ("unknown field", inter(rating=5)),
             ("unknown user", inter(userId="nosuchuser")), ("unknown product", inter(productId="nosuchproduct")),
             ("sql injection user", inter(userId="' OR '1'='1")), ("path traversal product", inter(productId="../../etc/passwd")),
             ("emoji user", inter(userId="\U0001F600")), ("64 emoji unknown user", inter(userId="\U0001F600" * 64)),
             ("NUL in action", inter(action="view\u0000")), ("NUL in productId", inter(productId="p\u0000"))]:
    st = 404 if n.startswith(("unknown user", "unknown product", "sql", "path", "emoji", "64 emoji")) else 400
    add("interactions: " + n, "POST", P, st, body=b, headers=JSON)
for n, v in bad_times:
    add("interactions: timestamp " + n, "POST", P, 400, body=inter(timestamp=v), headers=JSON)
for n, v in hostile_ids:
    add("interactions: userId " + n, "POST", P, 400, body=inter(userId=v), headers=JSON)
    add("interactions: productId " + n, "POST", P, 400, body=inter(productId=v), headers=JSON)
add("interactions: no body", "POST", P, 400)
add("interactions: text/plain", "POST", P, 415, body="userId=${user}", headers={"Content-Type": "text/plain"})
add("interactions: multipart", "POST", P, 415, body="--b\r\nContent-Disposition: form-data; name=\"userId\"\r\n\r\n${user}\r\n--b--\r\n", headers={"Content-Type": "multipart/form-data; boundary=b"})
add("interactions: broken multipart", "POST", P, 400, body="--b\r\n\r\nx\r\n--b--", headers={"Content-Type": "multipart/form-data; boundary=b"})
add("interactions: yaml", "POST", P, 415, body="userId: ${user}", headers={"Content-Type": "application/yaml"})
add("interactions: form unknown field", "POST", P, 400, body="userId=${user}&productId=${product}&action=view&stars=5", headers=FORM)
add("interactions: form repeated", "POST", P, 400, body="userId=${user}&productId=${product}&action=view&action=cart", headers=FORM)
add("interactions: form bad escape", "POST", P, 400, body="userId=${user}%zz&productId=${product}&action=view", headers=FORM)
add("interactions: form future timestamp", "POST", P, 400, body="userId=${user}&productId=${product}&action=view&timestamp=9999-12-31T23%3A59%3A59Z", headers=FORM)
add("interactions: form NUL user", "POST", P, 400, body="userId=${user}%00&productId=${product}&action=view", headers=FORM)
add("interactions: query repeated", "POST", P + "?userId=${user}&userId=x&productId=${product}&action=view", 400)
add("interactions: query future timestamp", "POST", P + "?userId=${user}&productId=${product}&action=view&timestamp=%2B1000000000-12-31T23%3A59%3A59Z", 400)
add("interactions: query missing action", "POST", P + "?userId=${user}&productId=${product}", 400)
add("interactions: GET", "GET", P, 405)
add("interactions: body too large", "POST", P, 413, body=inter(userId="${rep:x:2000000}"), headers=JSON)

# ---- POST /api/ratings
R = "/api/ratings"
def rate(**kw):
    d = {"userId": "${user}", "productId": "${product}", "stars": 5}
    d.update(kw)
    return json.dumps({k: v for k, v in d.items() if v is not None})
for n, b in [("rating instead of stars", json.dumps({"userId": "${user}", "productId": "${product}", "rating": 5})),
             ("no stars", rate(stars=None)), ("stars 0", rate(stars=0)), ("stars 6", rate(stars=6)),
             ("stars -1", rate(stars=-1)), ("stars 2.5", rate(stars=2.5)), ("stars string", rate(stars="5")),
             ("stars true", rate(stars=True)), ("stars huge", rate(stars=10**20)), ("stars array", rate(stars=[5])),
             ("comment number", rate(comment=5)), ("comment object", rate(comment={"a": 1})),
             ("comment NUL", rate(comment="good\u0000bad")), ("comment bell", rate(comment="ding\u0007")),
             ("comment 2001 chars", rate(comment="c" * 2001)), ("comment 2001 emoji", rate(comment="\U0001F600" * 2001)),
             ("comment lone surrogate", rate(comment="x\udc00y")),
             ("trailing text", rate() + "]"), ("duplicate stars", rate()[:-1] + ",\"stars\":1}"),
             ("userId number", rate(userId=1)), ("userId null", rate(userId=None)),
             ("unknown user", rate(userId="nosuchuser")), ("unknown product", rate(productId="nosuchproduct")),
             ("empty", "{}"), ("unclosed", "{\"stars\":5"), ("array", "[" + rate() + "]"),
             ("unknown field timestamp", rate(timestamp="2024-05-01T00:00:00Z"))]:
    st = 404 if n.startswith("unknown user") or n.startswith("unknown product") else 400
    add("ratings: " + n, "POST", R, st, body=b, headers=JSON)
for n, v in hostile_ids:
    add("ratings: userId " + n, "POST", R, 400, body=rate(userId=v), headers=JSON)
add("ratings: text/plain", "POST", R, 415, body="stars=5", headers={"Content-Type": "text/plain"})
add("ratings: octet-stream", "POST", R, 415, body="\u0001\u0002", headers={"Content-Type": "application/octet-stream"})
add("ratings: form rating field", "POST", R, 400, body="userId=${user}&productId=${product}&rating=5", headers=FORM)
add("ratings: form stars 2.5", "POST", R, 400, body="userId=${user}&productId=${product}&stars=2.5", headers=FORM)
add("ratings: form stars word", "POST", R, 400, body="userId=${user}&productId=${product}&stars=five", headers=FORM)
add("ratings: form repeated stars", "POST", R, 400, body="userId=${user}&productId=${product}&stars=5&stars=1", headers=FORM)
add("ratings: query stars 0", "POST", R + "?userId=${user}&productId=${product}&stars=0", 400)
add("ratings: query repeated", "POST", R + "?userId=${user}&productId=${product}&stars=5&stars=4", 400)
add("ratings: DELETE", "DELETE", R, 405)

# ---- catalog
for path in ["/api/products", "/api/users"]:
    e = path.split("/")[-1]
    for v in ["abc", "0", "101", "-5", "2.5", "99999999999"]:
        add(e + ": limit " + v, "GET", path + "?limit=" + v, 400)
    for v in ["-1", "abc", "1.5"]:
        add(e + ": offset " + v, "GET", path + "?offset=" + v, 400)
    add(e + ": repeated limit", "GET", path + "?limit=1&limit=2", 400)
    add(e + ": bad escape", "GET", path + "?category=%zz%", 400)
    add(e + ": POST", "POST", path, 405, body="{}", headers=JSON)
    add(e + ": PUT", "PUT", path, 405, body="{}", headers=JSON)

# ---- models, admin, observability, pages
for path in ["/api/models", "/health", "/metrics", "/api/status", "/api/openapi.json", "/api/diagram/routes", "/"]:
    add(path + ": POST", "POST", path, 405, body="{}", headers=JSON)
    add(path + ": repeated parameter", "GET", path + "?a=1&a=2", 400)
    add(path + ": bad escape", "GET", path + "?x=%zz%", 400)
add("/api/models: DELETE", "DELETE", "/api/models", 405)
AUTH = [401, 429]  # after repeated failures from one address the admin API answers 429
add("retrain run: with token unknown id", "GET", "/api/admin/retrain/no-such-run", [404, 429], headers={"Authorization": "Bearer ${token}"})
add("retrain: no token", "POST", "/api/admin/retrain", AUTH)
add("retrain: wrong token", "POST", "/api/admin/retrain", AUTH, headers={"Authorization": "Bearer wrong"})
add("retrain: basic auth", "POST", "/api/admin/retrain", AUTH, headers={"Authorization": "Basic YWRtaW46YWRtaW4="})
add("retrain: empty bearer", "POST", "/api/admin/retrain", AUTH, headers={"Authorization": "Bearer "})
add("retrain: alg none JWT", "POST", "/api/admin/retrain", AUTH,
    headers={"Authorization": "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbImFkbWluIl19."})
add("retrain run: no token", "GET", "/api/admin/retrain/abc", AUTH)
add("retrain run: wrong token traversal", "GET", "/api/admin/retrain/..%2F..%2Fetc%2Fpasswd", [401, 404, 429], headers={"Authorization": "Bearer wrong"})
add("retrain: GET", "GET", "/api/admin/retrain", [404, 405])
add("retrain: repeated query", "POST", "/api/admin/retrain?a=1&a=2", 400)

# ---- unknown paths
for p in ["/api/nothing", "/api/recommendations/list/extra", "/api/users/..", "/api/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
          "/api/products/p1", "/api/interactions/1", "/api/admin", "/WEB-INF/web.xml", "/.env"]:
    add("unknown path " + p, "GET", p, [400, 404])

# ---- HTTP level (the request line, headers)
for path in ["/api/recommendations/list?userId=", "/api/products?category=", "/api/users?prefix=", "/health?x=", "/api/interactions?userId="]:
    add("20 KB query " + path.split("?")[0], "GET" if "interactions" not in path else "POST", path + "${rep:a:20000}", 414)
add("64 KB header", "GET", "/api/products", 431, headers={"X-Big": "${rep:b:65536}"})
add("64 KB cookie", "GET", "/api/models", 431, headers={"Cookie": "c=${rep:b:65536}"})
add("1000 headers", "GET", "/api/users", 431, manyHeaders=1000)
add("1000 headers on init", "POST", "/api/recommendations/init?userId=${user}", 431, manyHeaders=1000)
add("CR in target", "GET", "/api/products?x=a\rb", 400)
add("LF in target", "GET", "/api/users?x=a\nb", 400)
add("CRLF header injection in target", "GET", "/api/models?x=1\r\nX-Injected: yes", 400)
add("space in target", "GET", "/api/products?x=a b", 400)
add("malformed HTTP version", "GET", "/api/products", 400, version="HTTP/1.1x")
add("header without colon", "GET", "/api/products", 400, rawHeader="NoColonHere")
add("header name with space", "GET", "/api/products", 400, rawHeader="Bad Name: x")
add("NUL in target", "GET", "/api/products?x=\u0000", 400)

print(len(cases))
with open(os.path.join(os.path.dirname(__file__), "..", "routes/src/test/resources/hostile-requests.jsonl"), "w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=True) + "\n")
