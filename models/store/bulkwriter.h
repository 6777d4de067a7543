#pragma once

#include "records.h"
#include "result.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace goodwill::store {

class StoreWriter;

// Writes activities on a worker thread while the producer (the demo simulation, an
// importer's parser) makes the next ones: on two cores the producer's work then costs
// no write time. Records are copied into batches; the producer never waits unless the
// writer falls behind by more than a few batches. The StoreWriter's connection belongs to
// the worker until finish() returns, so the caller owns the transaction around it.
class BulkWriter
{
public:
    explicit BulkWriter(StoreWriter &writer);
    ~BulkWriter(); // finishes if the caller did not
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    void add(const ActivityRecord &activity);
    void addMention(std::int64_t activityId, std::int64_t personId);
    void addRecognitionRecipient(std::int64_t activityId, std::int64_t personId);
    // Any other write (a person, a channel, a roster edit), run on the worker in order with
    // the activities added before and after it.
    using Task = std::function<Result<void>(StoreWriter &)>;
    void call(Task task);
    // Writes what is pending, stops the worker and reports the first error, if any.
    Result<void> finish();
    // False once the worker met an error: the producer may stop early.
    bool healthy() const;

private:
    struct Pending
    {
        ActivityRecord record; // text views are rebuilt from the offsets below
        std::uint32_t keyAt, keySize, textAt, textSize, emojiAt, emojiSize;
    };
    struct Batch
    {
        std::vector<Pending> activities;
        std::vector<std::pair<std::int64_t, std::int64_t>> mentions, recipients;
        std::vector<std::pair<size_t, Task>> calls; // run before activities[first]
        std::string bytes;
        bool empty() const
        {
            return activities.empty() && mentions.empty() && recipients.empty() && calls.empty();
        }
    };

    void submit();
    void work();
    Result<void> write(Batch &batch);

    StoreWriter &m_writer;
    std::unique_ptr<Batch> m_current;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_queue;
    std::vector<std::unique_ptr<Batch>> m_spare;
    bool m_closing = false;
    bool m_failed = false;
    Result<void> m_result;
    std::thread m_worker;
};

} // namespace goodwill::store
