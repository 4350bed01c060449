-- wrk script shared by every load scenario. Settings come from the environment:
--   BENCH_METHOD (GET), BENCH_BODY_FILE (JSON body, optional),
--   BENCH_EXPECT_STATUS (the status every response must have).
-- done() prints one line "RESULT requests duration_us p50_us p99_us bad", where bad counts responses
-- with another status plus connect errors and timeouts.

local method = os.getenv("BENCH_METHOD") or "GET"
local body_file = os.getenv("BENCH_BODY_FILE")
local expect = tonumber(os.getenv("BENCH_EXPECT_STATUS") or "200")

wrk.method = method
wrk.headers["Accept"] = "application/json"
if body_file ~= nil and body_file ~= "" then
  local file = assert(io.open(body_file, "rb"))
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  unexpected = 0
end

function response(status, headers, body)
  if status ~= expect then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local bad = summary.errors.connect + summary.errors.timeout
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("unexpected")
  end
  io.write(string.format("RESULT %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), bad))
end
