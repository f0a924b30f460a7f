-- wrk script of `make bench`: each thread walks its own share of a list of requests, one per
-- line "METHOD<TAB>PATH<TAB>COOKIE<TAB>BODY" in the file named by BENCH_REQUESTS, so every POST
-- names a different learner and lesson (or attempt). done() prints one JSON line for bench/run.py.

local threads = {}
local counter = 0

local function load(path)
  local items = {}
  for line in io.lines(path) do
    local method, target, cookie, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t?(.*)$")
    if method then
      local headers = {}
      if cookie ~= "" then headers["Cookie"] = cookie end
      if body ~= "" then
        headers["Content-Type"] = "application/x-www-form-urlencoded"
      else
        body = nil
      end
      items[#items + 1] = wrk.format(method, target, headers, body)
    end
  end
  return items
end

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  items = load(os.getenv("BENCH_REQUESTS"))
  step = tonumber(os.getenv("BENCH_THREADS") or "1")
  index = id - 1
  sent = 0
  wrapped = 0
  s2xx, s3xx, s4xx, s5xx, signin = 0, 0, 0, 0, 0
end

function request()
  local item = items[(index % #items) + 1]
  if index >= #items then wrapped = 1 end
  index = index + step
  sent = sent + 1
  return item
end

-- Each response by status class; a redirect to the sign-in page is counted apart, because it is
-- a 3xx that did nothing (an expired or refused session).
function response(status, headers, body)
  if status < 300 then s2xx = s2xx + 1
  elseif status < 400 then
    s3xx = s3xx + 1
    local location = headers["Location"] or headers["location"] or ""
    if location:find("/login/", 1, true) or location:find("next=", 1, true) then
      signin = signin + 1
    end
  elseif status < 500 then s4xx = s4xx + 1
  else s5xx = s5xx + 1 end
end

function done(summary, latency, requests)
  local sent_total, wrapped_any = 0, 0
  local c = {s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0, signin = 0}
  for _, thread in ipairs(threads) do
    sent_total = sent_total + (thread:get("sent") or 0)
    wrapped_any = math.max(wrapped_any, thread:get("wrapped") or 0)
    for key, value in pairs(c) do c[key] = value + (thread:get(key) or 0) end
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "errors_connect": %d, "errors_read": %d, ' ..
    '"errors_write": %d, "errors_status": %d, "errors_timeout": %d, "p50_us": %d, ' ..
    '"p95_us": %d, "p99_us": %d, "max_us": %d, "sent": %d, "wrapped": %d, ' ..
    '"s2xx": %d, "s3xx": %d, "s4xx": %d, "s5xx": %d, "signin": %d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    sent_total, wrapped_any, c.s2xx, c.s3xx, c.s4xx, c.s5xx, c.signin))
end
