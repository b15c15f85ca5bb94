package app.hallway.feedback.ao;

import app.hallway.feedback.Poll;
import app.hallway.feedback.PollDefinition;
import app.hallway.feedback.PollResults;
import app.hallway.feedback.Polls;
import app.hallway.platform.ao.AoRows;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link Polls} in Active Objects. A vote locks the poll's row, replaces the voter's choice rows, moves the
 * tallies of the options it added or dropped by one and counts a first ballot into {@code VOTERS}, in one
 * transaction: votes on any node serialise per poll, so the tallies stay exact at a cost that does not grow
 * with the number of votes.
 */
@Named
public final class AoPolls implements Polls {
    private final ActiveObjects ao;

    @Inject
    public AoPolls(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Poll register(long pageId, String macroId, PollDefinition definition) {
        String key = pageId + "/" + macroId;
        AoRows.findOrCreate(ao, () -> byKey(key), () -> create(key, pageId, macroId, definition));
        return ao.executeInTransaction(() -> {
            PollEntity current = byKey(key);
            if (!definition.equals(definition(current))) {
                write(current, definition);
                current.save();
            }
            return record(current);
        });
    }

    private PollEntity create(String key, long pageId, String macroId, PollDefinition definition) {
        PollEntity entity = ao.create(PollEntity.class, new DBParam("INSTANCE_KEY", key), new DBParam("PAGE_ID", pageId),
                new DBParam("MACRO_ID", macroId), new DBParam("QUESTION", definition.question()),
                new DBParam("OPTIONS", String.join("\n", definition.options())), new DBParam("MULTIPLE", definition.multiple()),
                new DBParam("ANONYMOUS", definition.anonymous()), new DBParam("RESULTS", definition.results().value()),
                new DBParam("VOTERS", 0), new DBParam("WRITE_LOCK", 0L));
        write(entity, definition);
        entity.save();
        return entity;
    }

    @Override
    public Optional<Poll> byInstance(long pageId, String macroId) {
        return Optional.ofNullable(ao.executeInTransaction(() -> {
            PollEntity found = byKey(pageId + "/" + macroId);
            return found == null ? null : record(found);
        }));
    }

    @Override
    public Optional<Poll> byId(long id) {
        return Optional.ofNullable(ao.executeInTransaction(() -> {
            PollEntity found = find(id);
            return found == null ? null : record(found);
        }));
    }

    @Override
    public boolean vote(long pollId, String voterKey, List<String> choices, Instant at) {
        return ao.executeInTransaction(() -> {
            PollEntity poll = find(pollId);
            if (poll == null) {
                throw new IllegalArgumentException("No poll " + pollId);
            }
            AoRows.lock(poll, poll::setWriteLock);
            List<String> previous = ballot(pollId, voterKey);
            ao.deleteWithSQL(PollChoiceEntity.class, "POLL_ID = ? AND VOTER_KEY = ?", pollId, voterKey);
            Set<String> now = new LinkedHashSet<>(choices);
            for (String choice : now) {
                ao.create(PollChoiceEntity.class, new DBParam("POLL_ID", pollId), new DBParam("VOTER_KEY", voterKey),
                        new DBParam("OPTION_TEXT", choice), new DBParam("CHOSEN", Date.from(at)));
            }
            for (String option : previous) {
                if (!now.contains(option)) {
                    tallyBy(pollId, option, -1);
                }
            }
            for (String option : now) {
                if (!previous.contains(option)) {
                    tallyBy(pollId, option, 1);
                }
            }
            boolean first = previous.isEmpty();
            if (first) {
                PollEntity fresh = find(pollId);
                fresh.setVoters(fresh.getVoters() + 1);
                fresh.save();
            }
            return first;
        });
    }

    /** Under the poll's lock: moves one option's tally, creating its row on first use. */
    private void tallyBy(long pollId, String option, int delta) {
        String key = pollId + "|" + option;
        PollTallyEntity[] found = ao.find(PollTallyEntity.class, Query.select("ID, VOTES").where("TALLY_KEY = ?", key));
        if (found.length == 0) {
            ao.create(PollTallyEntity.class, new DBParam("TALLY_KEY", key), new DBParam("POLL_ID", pollId),
                    new DBParam("OPTION_TEXT", option), new DBParam("VOTES", Math.max(0, delta)));
        } else {
            found[0].setVotes(Math.max(0, found[0].getVotes() + delta));
            found[0].save();
        }
    }

    @Override
    public List<String> ballot(long pollId, String voterKey) {
        List<String> choices = new ArrayList<>();
        for (PollChoiceEntity choice : ao.find(PollChoiceEntity.class, Query.select("ID, OPTION_TEXT")
                .where("POLL_ID = ? AND VOTER_KEY = ?", pollId, voterKey).order("ID ASC"))) {
            choices.add(choice.getOptionText());
        }
        return choices;
    }

    @Override
    public Map<String, Integer> tally(long pollId) {
        Map<String, Integer> tally = new HashMap<>();
        for (PollTallyEntity row : ao.find(PollTallyEntity.class, Query.select("ID, OPTION_TEXT, VOTES").where("POLL_ID = ?", pollId))) {
            if (row.getVotes() > 0) {
                tally.put(row.getOptionText(), row.getVotes());
            }
        }
        return tally;
    }

    @Override
    public List<String> votersFor(long pollId, String option, int limit) {
        List<String> voters = new ArrayList<>();
        for (PollChoiceEntity choice : ao.find(PollChoiceEntity.class, Query.select("ID, VOTER_KEY")
                .where("POLL_ID = ? AND OPTION_TEXT = ?", pollId, option).order("ID ASC").limit(limit))) {
            voters.add(choice.getVoterKey());
        }
        return voters;
    }

    @Override
    public List<Ballot> ballotsOf(String voterKey) {
        Map<Long, List<String>> choices = new LinkedHashMap<>();
        Map<Long, Instant> chosen = new HashMap<>();
        for (PollChoiceEntity choice : ao.find(PollChoiceEntity.class, Query.select("ID, POLL_ID, OPTION_TEXT, CHOSEN")
                .where("VOTER_KEY = ?", voterKey).order("ID ASC"))) {
            choices.computeIfAbsent(choice.getPollId(), id -> new ArrayList<>()).add(choice.getOptionText());
            chosen.put(choice.getPollId(), choice.getChosen().toInstant());
        }
        List<Ballot> ballots = new ArrayList<>();
        choices.forEach((pollId, options) -> ballots.add(new Ballot(pollId, options, chosen.get(pollId))));
        return ballots;
    }

    /**
     * One transaction per poll, taking the poll's lock before reading the ballot, as {@link #vote} does: an
     * erasure holds one poll at a time, so it cannot deadlock with votes or another erasure.
     */
    @Override
    public int eraseBallotsOf(String voterKey) {
        Set<Long> pollIds = new TreeSet<>();
        for (PollChoiceEntity choice : ao.find(PollChoiceEntity.class, Query.select("ID, POLL_ID").where("VOTER_KEY = ?", voterKey))) {
            pollIds.add(choice.getPollId());
        }
        int erased = 0;
        for (long pollId : pollIds) {
            erased += ao.executeInTransaction(() -> eraseBallot(pollId, voterKey));
        }
        return erased;
    }

    private int eraseBallot(long pollId, String voterKey) {
        PollEntity poll = find(pollId);
        if (poll != null) {
            AoRows.lock(poll, poll::setWriteLock);
        }
        List<String> previous = ballot(pollId, voterKey);
        if (previous.isEmpty()) {
            return 0;
        }
        ao.deleteWithSQL(PollChoiceEntity.class, "POLL_ID = ? AND VOTER_KEY = ?", pollId, voterKey);
        if (poll != null) {
            previous.forEach(option -> tallyBy(pollId, option, -1));
            PollEntity fresh = find(pollId);
            if (fresh != null) {
                fresh.setVoters(Math.max(0, fresh.getVoters() - 1));
                fresh.save();
            }
        }
        return 1;
    }

    /**
     * Deletes the polls first: that takes their row locks, so a vote still running commits before, and the
     * ballots and tallies deleted next include its rows.
     */
    @Override
    public void deleteOnPage(long pageId) {
        ao.executeInTransaction(() -> {
            List<Long> ids = new ArrayList<>();
            for (PollEntity poll : ao.find(PollEntity.class, Query.select("ID").where("PAGE_ID = ?", pageId))) {
                ids.add((long) poll.getID());
            }
            ao.deleteWithSQL(PollEntity.class, "PAGE_ID = ?", pageId);
            for (List<Long> chunk : AoRows.chunks(ids)) {
                String in = "POLL_ID IN (" + AoRows.placeholders(chunk.size()) + ")";
                ao.deleteWithSQL(PollChoiceEntity.class, in, chunk.toArray());
                ao.deleteWithSQL(PollTallyEntity.class, in, chunk.toArray());
            }
            return null;
        });
    }

    private PollEntity byKey(String key) {
        PollEntity[] found = ao.find(PollEntity.class, Query.select().where("INSTANCE_KEY = ?", key));
        return found.length == 0 ? null : found[0];
    }

    private PollEntity find(long id) {
        PollEntity[] found = ao.find(PollEntity.class, Query.select().where("ID = ?", id));
        return found.length == 0 ? null : found[0];
    }

    private static void write(PollEntity entity, PollDefinition definition) {
        entity.setQuestion(definition.question());
        entity.setOptions(String.join("\n", definition.options()));
        entity.setMultiple(definition.multiple());
        entity.setAnonymous(definition.anonymous());
        entity.setCloses(definition.closes() == null ? null : definition.closes().toString());
        entity.setResults(definition.results().value());
    }

    private static PollDefinition definition(PollEntity entity) {
        return new PollDefinition(entity.getQuestion(), Arrays.asList(entity.getOptions().split("\n")), entity.isMultiple(),
                entity.isAnonymous(), entity.getCloses() == null ? null : LocalDate.parse(entity.getCloses()),
                PollResults.fromValue(entity.getResults()).orElse(PollResults.AFTER_VOTE));
    }

    private static Poll record(PollEntity entity) {
        return new Poll(entity.getID(), entity.getPageId(), entity.getMacroId(), definition(entity), entity.getVoters());
    }
}
