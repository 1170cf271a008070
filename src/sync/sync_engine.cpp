#include "sync/sync_engine.h"

#include "storage/sync_state_store.h"

#include <SQLiteCpp/Exception.h>

#include <future>

namespace cz::sync {

namespace {

std::string errorText(const HttpResponse& r)
{
    auto e = decodeApiError(r.body);
    const std::string head = "HTTP " + std::to_string(r.status);
    return e ? head + " " + e->code + ": " + e->message : head;
}

bool retryable(long status) { return status == 429 || status == 500 || status == 502 || status == 503 || status == 504; }

std::string outcomeName(EventHandler::Outcome o)
{
    switch (o) {
    case EventHandler::Outcome::Applied: return "applied";
    case EventHandler::Outcome::Skipped: return "skipped";
    case EventHandler::Outcome::NeedsAttention: return "needs_attention";
    }
    return "applied";
}

}  // namespace

SyncEngine::SyncEngine(Database& db, HttpClient& http, const Clock& clock, EventHandler& events,
                       OpOutcomeHandler& outcomes, CatalogHandler& catalog)
    : m_db(db), m_http(http), m_clock(clock), m_events(events), m_outcomes(outcomes), m_catalog(catalog)
{
}

StepResult SyncEngine::failed(const Result<HttpResponse, TransportError>& r) const
{
    if (!r) {
        const auto& e = r.error();
        const StepStatus s = e.code == TransportErrc::Tls || e.code == TransportErrc::BadUrl ? StepStatus::Fatal
                                                                                            : StepStatus::Transient;
        return StepResult{s, std::string(toString(e.code)) + ": " + e.detail, std::nullopt, 0};
    }
    const auto& resp = r.value();
    if (retryable(resp.status))
        return StepResult{StepStatus::Transient, errorText(resp), resp.retryAfter, 0};
    if (resp.status == 401)
        return StepResult{StepStatus::Fatal, "the marketplace refused the station token (" + errorText(resp) + ")",
                          std::nullopt, 0};
    return StepResult{StepStatus::Fatal, errorText(resp), std::nullopt, 0};
}

StepResult SyncEngine::pushBatch(int maxOps)
{
    OutboxStore outbox(m_db);
    const auto ops = outbox.waiting(std::min(maxOps, m_batchLimit));
    if (ops.empty())
        return StepResult{StepStatus::Idle, {}, std::nullopt, 0};
    std::vector<std::int64_t> seqs;
    std::vector<std::string> ids;
    std::vector<OpToSend> wire;
    for (const auto& o : ops) {
        seqs.push_back(o.seq);
        ids.push_back(o.opId);
        wire.push_back({o.opId, o.type, toUnixMs(o.createdAt), o.payload});
    }
    auto body = encodeOpsBatch(wire);
    if (!body) {
        // A payload that is not JSON can never be sent: take it out of the queue.
        WriteTransaction tx(m_db);
        for (const auto& o : ops)
            outbox.markNeedsAttention(o.seq, "cannot encode: " + describe(body.error()), "", m_clock.now());
        tx.commit();
        return StepResult{StepStatus::Done, describe(body.error()), std::nullopt, 0};
    }
    {
        // Committed before the request leaves: after a crash the ops are 'sent', i.e. resent with
        // the same op ids, never forgotten and never re-entered as new ops.
        WriteTransaction tx(m_db);
        outbox.markSent(seqs, m_clock.now());
        tx.commit();
    }
    auto r = m_http.post("/v1/ops", *body);
    auto recordFailure = [&](const StepResult& s) {
        WriteTransaction tx(m_db);
        outbox.recordError(seqs, s.message);
        tx.commit();
        return s;
    };
    if (!r || r->status != 200) {
        if (r && r->status == 413 && m_batchLimit > 1) {
            m_batchLimit = std::max(1, static_cast<int>(ops.size()) / 2);
            return StepResult{StepStatus::Done, "batch too large; sending fewer ops at a time", std::nullopt, 0};
        }
        StepResult s = failed(r);
        if (s.status == StepStatus::Fatal && r && (r->status == 400 || r->status == 413 || r->status == 415)) {
            // The marketplace cannot read these ops at all: resending cannot help, so stop retrying them.
            WriteTransaction tx(m_db);
            for (const auto& o : ops)
                outbox.markNeedsAttention(o.seq, s.message, r->body.substr(0, 2048), m_clock.now());
            SyncStateStore(m_db).addIssue("push", "", "request_refused", s.message, m_clock.now());
            tx.commit();
            return StepResult{StepStatus::Done, s.message, std::nullopt, 0};
        }
        return recordFailure(s);
    }
    auto results = decodeOpResults(r->body, ids);
    if (!results)  // an answer we cannot read is no answer: the ops stay sent and go again
        return recordFailure(StepResult{StepStatus::Transient, "unreadable op results: " + describe(results.error()),
                                        std::nullopt, 0});
    WriteTransaction tx(m_db);
    SyncStateStore state(m_db);
    for (std::size_t i = 0; i < ops.size(); ++i) {
        const auto& res = (*results)[i];
        if (res.status == 200) {
            outbox.markAccepted(ops[i].seq, res.resultJson, m_clock.now());
            m_outcomes.accepted(ops[i], res);
        } else {
            const std::string why = std::to_string(res.status) + " " + res.errorCode + ": " + res.errorMessage;
            outbox.markNeedsAttention(ops[i].seq, why, res.resultJson, m_clock.now());
            state.addIssue("op:" + ops[i].type, ops[i].refId, res.errorCode, res.errorMessage, m_clock.now());
            m_outcomes.rejected(ops[i], res);
        }
    }
    tx.commit();
    if (m_batchLimit < 100)
        m_batchLimit = std::min(100, m_batchLimit * 2);
    return StepResult{StepStatus::Done, {}, std::nullopt, static_cast<int>(ops.size())};
}

StepResult SyncEngine::pullEvents(int limit)
{
    SyncStateStore state(m_db);
    const std::string cursor = state.cursor(kEventsFeed).value_or("");
    auto r = m_http.get("/v1/events?after=" + urlEncode(cursor) + "&limit=" + std::to_string(limit));
    if (r && r->status == 410) {
        // The marketplace's store was reset: start the feed again; applied event ids keep it safe.
        WriteTransaction tx(m_db);
        state.setCursor(kEventsFeed, "", m_clock.now());
        tx.commit();
        return StepResult{StepStatus::Done, "event cursor expired; restarting the feed", std::nullopt, 0};
    }
    if (!r || r->status != 200)
        return failed(r);
    auto page = decodeEventsPage(r->body);
    if (!page)
        return StepResult{StepStatus::Transient, "unreadable events page: " + describe(page.error()), std::nullopt, 0};
    int applied = 0;
    try {
        WriteTransaction tx(m_db);
        for (const auto& e : page->events) {
            if (state.isApplied(e.eventId))
                continue;  // a repeat: at-least-once delivery
            const auto a = m_events.apply(e);
            state.markApplied(e.eventId, e.type, e.occurredAtMs, m_clock.now(), outcomeName(a.outcome));
            if (a.outcome == EventHandler::Outcome::NeedsAttention)
                state.addIssue("event:" + e.type, a.refId, a.code, a.message, m_clock.now());
            ++applied;
        }
        state.setCursor(kEventsFeed, page->nextCursor, m_clock.now());
        tx.commit();
    } catch (const SQLite::Exception& ex) {
        return StepResult{StepStatus::Transient, std::string("could not apply events: ") + ex.what(), std::nullopt, 0};
    } catch (const std::exception& ex) {
        return StepResult{StepStatus::Transient, std::string("could not apply events: ") + ex.what(), std::nullopt, 0};
    }
    const bool more = page->hasMore && !page->events.empty();
    return StepResult{more ? StepStatus::Done : StepStatus::Idle, {}, std::nullopt, applied};
}

SyncEngine::FetchedCatalog SyncEngine::fetchCatalogPage(const std::string& cursor, int limit) const
{
    FetchedCatalog f;
    auto r = m_http.get("/v1/catalog?after=" + urlEncode(cursor) + "&limit=" + std::to_string(limit));
    if (r && r->status == 410) {
        f.expired = true;
        return f;
    }
    if (!r || r->status != 200) {
        f.failure = failed(r);
        return f;
    }
    auto page = decodeCatalogPage(r->body);
    if (!page) {
        f.failure = StepResult{StepStatus::Transient, "unreadable catalog page: " + describe(page.error()),
                               std::nullopt, 0};
        return f;
    }
    f.page = std::move(*page);
    return f;
}

StepResult SyncEngine::storeCatalogPage(const CatalogPage& page, bool fromStart)
{
    try {
        WriteTransaction tx(m_db);
        if (fromStart)
            m_catalog.beginFullLoad();
        for (const auto& item : page.items)
            m_catalog.apply(item);
        SyncStateStore(m_db).setCursor(kCatalogFeed, page.nextCursor, m_clock.now());
        tx.commit();
    } catch (const std::exception& ex) {
        return StepResult{StepStatus::Transient, std::string("could not store catalog page: ") + ex.what(),
                          std::nullopt, 0};
    }
    return StepResult{StepStatus::Done, {}, std::nullopt, static_cast<int>(page.items.size())};
}

StepResult SyncEngine::endCatalogPull(StepResult s)
{
    try {
        WriteTransaction tx(m_db);
        m_catalog.endFullLoad();
        tx.commit();
    } catch (const std::exception& ex) {
        return StepResult{StepStatus::Transient, std::string("could not index the catalog: ") + ex.what(),
                          std::nullopt, s.count};
    }
    return s;
}

StepResult SyncEngine::pullCatalog(int limit)
{
    std::string cursor = SyncStateStore(m_db).cursor(kCatalogFeed).value_or("");
    int stored = 0;
    bool restarted = false;
    auto fetch = [this, limit](std::string after) {
        return std::async(std::launch::async, [this, after = std::move(after), limit] {
            return fetchCatalogPage(after, limit);
        });
    };
    // The HTTP handle is only ever used by the one fetch in flight; the database only here.
    auto next = fetch(cursor);
    for (;;) {
        FetchedCatalog f = next.get();
        if (f.expired && !restarted) {
            // The marketplace's store was reset: load the catalog again from its start.
            restarted = true;
            try {
                WriteTransaction tx(m_db);
                SyncStateStore(m_db).setCursor(kCatalogFeed, "", m_clock.now());
                tx.commit();
            } catch (const std::exception& ex) {
                return endCatalogPull(StepResult{StepStatus::Transient,
                                                 std::string("could not reset the catalog cursor: ") + ex.what(),
                                                 std::nullopt, stored});
            }
            cursor.clear();
            next = fetch(cursor);
            continue;
        }
        if (f.expired)
            f.failure = StepResult{StepStatus::Transient, "catalog cursor expired twice in one pull", std::nullopt, 0};
        if (!f.page) {
            f.failure.count = stored;
            return endCatalogPull(f.failure);
        }
        const CatalogPage& page = *f.page;
        const bool more = page.hasMore && !page.items.empty();
        if (more)
            next = fetch(page.nextCursor);  // fetched and decoded while this page is stored
        StepResult s = storeCatalogPage(page, cursor.empty());
        if (s.status != StepStatus::Done) {
            s.count = stored;
            return endCatalogPull(s);  // waits for the prefetch, whose page is dropped
        }
        stored += s.count;
        cursor = page.nextCursor;
        if (!more)
            return endCatalogPull(StepResult{StepStatus::Idle, {}, std::nullopt, stored});
    }
}

RunReport SyncEngine::runOnce(bool includeCatalog)
{
    RunReport rep;
    auto loop = [&](auto step, int& counter) {
        for (;;) {
            StepResult s = step();
            counter += s.count;
            if (s.status == StepStatus::Idle)
                return true;
            if (s.status != StepStatus::Done) {
                rep.failure = s;
                return false;
            }
        }
    };
    if (!loop([&] { return pushBatch(); }, rep.opsAnswered))
        return rep;
    if (!loop([&] { return pullEvents(); }, rep.eventsApplied))
        return rep;
    if (includeCatalog) {
        StepResult s = pullCatalog();
        rep.productsApplied += s.count;
        if (s.status != StepStatus::Idle) {
            rep.failure = s;
            return rep;
        }
    }
    rep.failure = StepResult{StepStatus::Idle, {}, std::nullopt, 0};
    return rep;
}

}  // namespace cz::sync
