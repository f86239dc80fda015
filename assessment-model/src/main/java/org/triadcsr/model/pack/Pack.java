package org.triadcsr.model.pack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A validated, immutable indicator pack. Built only by {@link PackReader}, so it is always valid. */
public final class Pack {
    private final String id;
    private final String version;
    private final String sector;
    private final List<String> languages;
    private final Text name;
    private final Text description;
    private final List<Source> sources;
    private final List<Replacement> replaced;
    private final List<Domain> domains;
    private final Map<String, Question> questionsById;
    private final List<Question> questions;
    private final Map<String, Topic> topicByQuestion;

    Pack(String id, String version, String sector, List<String> languages, Text name, Text description,
         List<Source> sources, List<Replacement> replaced, List<Domain> domains) {
        this.id = id;
        this.version = version;
        this.sector = sector;
        this.languages = List.copyOf(languages);
        this.name = name;
        this.description = description;
        this.sources = List.copyOf(sources);
        this.replaced = List.copyOf(replaced);
        this.domains = List.copyOf(domains);
        Map<String, Question> questions = new LinkedHashMap<>();
        Map<String, Topic> topics = new LinkedHashMap<>();
        for (Domain d : domains) {
            for (Topic t : d.topics()) {
                for (Question q : t.questions()) {
                    questions.put(q.id(), q);
                    topics.put(q.id(), t);
                }
            }
        }
        this.questionsById = Collections.unmodifiableMap(questions);
        this.questions = List.copyOf(questions.values());
        this.topicByQuestion = Collections.unmodifiableMap(topics);
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public String sector() {
        return sector;
    }

    public List<String> languages() {
        return languages;
    }

    public Text name() {
        return name;
    }

    public Text description() {
        return description;
    }

    public List<Source> sources() {
        return sources;
    }

    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    public List<Replacement> replaced() {
        return replaced;
    }

    public List<Domain> domains() {
        return domains;
    }

    /** Every question in pack order. */
    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(questionsById.get(questionId));
    }

    public Topic topicOf(String questionId) {
        return topicByQuestion.get(questionId);
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
