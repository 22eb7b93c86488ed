package nl.verbonden.register.entity;

import java.io.Serializable;

/** A party by id and name: what a choice list or a link needs, without loading the party. */
public record PartyRef(Long id, String name) implements Serializable {}
