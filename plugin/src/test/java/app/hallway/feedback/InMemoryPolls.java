package app.hallway.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Polls} in maps, for use-case tests. */
final class InMemoryPolls implements Polls {
    private final Map<String, Poll> byInstance = new HashMap<>();
    private final Map<Long, Map<String, List<String>>> ballots = new HashMap<>();
    private final Map<String, Instant> castAt = new HashMap<>();

    @Override
    public synchronized Poll register(long pageId, String macroId, PollDefinition definition) {
        Poll known = byInstance.get(pageId + "/" + macroId);
        Poll poll = new Poll(known == null ? byInstance.size() + 1L : known.id(), pageId, macroId, definition,
                known == null ? 0 : known.voters());
        byInstance.put(pageId + "/" + macroId, poll);
        return poll;
    }

    @Override
    public synchronized Optional<Poll> byInstance(long pageId, String macroId) {
        return Optional.ofNullable(byInstance.get(pageId + "/" + macroId));
    }

    @Override
    public synchronized Optional<Poll> byId(long id) {
        return byInstance.values().stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public synchronized boolean vote(long pollId, String voterKey, List<String> choices, Instant at) {
        Map<String, List<String>> poll = ballots.computeIfAbsent(pollId, id -> new LinkedHashMap<>());
        boolean first = !poll.containsKey(voterKey);
        poll.put(voterKey, List.copyOf(choices));
        castAt.put(pollId + "|" + voterKey, at);
        Poll p = byId(pollId).orElseThrow();
        byInstance.put(p.pageId() + "/" + p.macroId(), new Poll(p.id(), p.pageId(), p.macroId(), p.definition(), poll.size()));
        return first;
    }

    @Override
    public synchronized List<String> ballot(long pollId, String voterKey) {
        return ballots.getOrDefault(pollId, Map.of()).getOrDefault(voterKey, List.of());
    }

    @Override
    public synchronized Map<String, Integer> tally(long pollId) {
        Map<String, Integer> tally = new HashMap<>();
        ballots.getOrDefault(pollId, Map.of()).values().forEach(b -> b.forEach(o -> tally.merge(o, 1, Integer::sum)));
        return tally;
    }

    @Override
    public synchronized List<Ballot> ballotsOf(String voterKey) {
        List<Ballot> found = new ArrayList<>();
        ballots.forEach((pollId, poll) -> {
            if (poll.containsKey(voterKey)) {
                found.add(new Ballot(pollId, poll.get(voterKey), castAt.get(pollId + "|" + voterKey)));
            }
        });
        return found;
    }

    @Override
    public synchronized int eraseBallotsOf(String voterKey) {
        int erased = 0;
        for (Map.Entry<Long, Map<String, List<String>>> poll : ballots.entrySet()) {
            if (poll.getValue().remove(voterKey) != null) {
                erased++;
                Poll p = byId(poll.getKey()).orElseThrow();
                byInstance.put(p.pageId() + "/" + p.macroId(), new Poll(p.id(), p.pageId(), p.macroId(), p.definition(), poll.getValue().size()));
            }
        }
        return erased;
    }

    @Override
    public synchronized void deleteOnPage(long pageId) {
        byInstance.values().stream().filter(p -> p.pageId() == pageId).map(Poll::id).toList().forEach(ballots::remove);
        byInstance.values().removeIf(p -> p.pageId() == pageId);
    }

    @Override
    public synchronized List<String> votersFor(long pollId, String option, int limit) {
        List<String> voters = new ArrayList<>();
        ballots.getOrDefault(pollId, Map.of()).forEach((voter, ballot) -> {
            if (ballot.contains(option) && voters.size() < limit) {
                voters.add(voter);
            }
        });
        return voters;
    }
}
