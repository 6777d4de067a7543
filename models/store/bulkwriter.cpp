#include "bulkwriter.h"

#include "storewriter.h"

namespace goodwill::store {
namespace {

constexpr size_t batchSize = 8192;
constexpr size_t maxQueued = 4;

std::uint32_t append(std::string &bytes, std::string_view text)
{
    const auto at = std::uint32_t(bytes.size());
    bytes.append(text);
    return at;
}

} // namespace

BulkWriter::BulkWriter(StoreWriter &writer)
    : m_writer(writer), m_current(std::make_unique<Batch>()), m_worker([this] { work(); })
{}

BulkWriter::~BulkWriter()
{
    if (m_worker.joinable())
        finish();
}

void BulkWriter::add(const ActivityRecord &activity)
{
    Pending pending{activity, 0, 0, 0, 0, 0, 0};
    std::string &bytes = m_current->bytes;
    pending.keyAt = append(bytes, activity.sourceActivityId);
    pending.keySize = std::uint32_t(activity.sourceActivityId.size());
    pending.textAt = append(bytes, activity.text);
    pending.textSize = std::uint32_t(activity.text.size());
    pending.emojiAt = append(bytes, activity.emoji);
    pending.emojiSize = std::uint32_t(activity.emoji.size());
    m_current->activities.push_back(pending);
    if (m_current->activities.size() >= batchSize)
        submit();
}

void BulkWriter::addMention(std::int64_t activityId, std::int64_t personId)
{
    m_current->mentions.emplace_back(activityId, personId);
}

void BulkWriter::addRecognitionRecipient(std::int64_t activityId, std::int64_t personId)
{
    m_current->recipients.emplace_back(activityId, personId);
}

void BulkWriter::call(Task task)
{
    m_current->calls.emplace_back(m_current->activities.size(), std::move(task));
}

bool BulkWriter::healthy() const
{
    std::lock_guard lock(m_mutex);
    return !m_failed;
}

void BulkWriter::submit()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < maxQueued || m_failed; });
    m_queue.push_back(std::move(m_current));
    if (!m_spare.empty()) {
        m_current = std::move(m_spare.back());
        m_spare.pop_back();
    } else {
        m_current = std::make_unique<Batch>();
    }
    m_changed.notify_all();
}

Result<void> BulkWriter::finish()
{
    if (!m_worker.joinable())
        return m_result;
    if (!m_current->empty())
        submit();
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
        m_changed.notify_all();
    }
    m_worker.join();
    return m_result;
}

void BulkWriter::work()
{
    for (;;) {
        std::unique_ptr<Batch> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
        }
        if (!m_failed) {
            if (auto written = write(*batch); !written) {
                std::lock_guard lock(m_mutex);
                m_result = written;
                m_failed = true;
                m_changed.notify_all();
            }
        }
        batch->activities.clear();
        batch->mentions.clear();
        batch->recipients.clear();
        batch->calls.clear();
        batch->bytes.clear();
        std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(batch));
    }
}

Result<void> BulkWriter::write(Batch &batch)
{
    const char *bytes = batch.bytes.data();
    auto call = batch.calls.begin();
    const auto runCalls = [&](size_t before) -> Result<void> {
        for (; call != batch.calls.end() && call->first <= before; ++call) {
            if (auto done = call->second(m_writer); !done)
                return done;
        }
        return {};
    };
    // Activities go in groups; a call (a person, a channel) is run where it was made.
    ActivityRecord group[StoreWriter::activityGroup];
    std::size_t grouped = 0;
    const auto flush = [&]() -> Result<void> {
        const std::size_t count = grouped;
        grouped = 0;
        return count == 0 ? Result<void>() : m_writer.insert(group, count);
    };
    for (size_t i = 0; i < batch.activities.size(); ++i) {
        if (call != batch.calls.end() && call->first <= i) {
            if (auto done = flush(); !done)
                return done;
            if (auto done = runCalls(i); !done)
                return done;
        }
        Pending &pending = batch.activities[i];
        ActivityRecord &record = group[grouped++];
        record = pending.record;
        record.sourceActivityId = {bytes + pending.keyAt, pending.keySize};
        record.text = {bytes + pending.textAt, pending.textSize};
        record.emoji = {bytes + pending.emojiAt, pending.emojiSize};
        if (grouped == StoreWriter::activityGroup) {
            if (auto done = flush(); !done)
                return done;
        }
    }
    if (auto done = flush(); !done)
        return done;
    if (auto done = runCalls(batch.activities.size()); !done)
        return done;
    for (const auto &[activity, person] : batch.mentions) {
        if (auto written = m_writer.insertMention(activity, person); !written)
            return written;
    }
    for (const auto &[activity, person] : batch.recipients) {
        if (auto written = m_writer.insertRecognitionRecipient(activity, person); !written)
            return written;
    }
    return {};
}

} // namespace goodwill::store
