package org.mmscope.dsl.validation;

/** Issue codes of the scenario language, shared by validators, quick fixes and tests. */
public interface IssueCodes {
    String PREFIX = "org.mmscope.dsl.";
    String UNKNOWN_ERA = PREFIX + "unknownEra";
    String MISSING_IN_ERA = PREFIX + "missingInEra";
    String LONGTERM_IGNORED = PREFIX + "longtermIgnored";
    String LONGTERM_NEEDS_PIN = PREFIX + "longtermNeedsPin";
    String WRONG_RELEASE = PREFIX + "wrongRelease";
    String UNKNOWN_NAME = PREFIX + "unknownName";
    String DUPLICATE_NAME = PREFIX + "duplicateName";
    String OUT_OF_BOUNDS = PREFIX + "outOfBounds";
    String BAD_SIZE = PREFIX + "badSize";
    String WRONG_ACTOR = PREFIX + "wrongActor";
    String UNKNOWN_ERRNO = PREFIX + "unknownErrno";
    String UNKNOWN_HAZARD = PREFIX + "unknownHazard";
    String BAD_NEGATION = PREFIX + "badNegation";
    String TEXT_LONGER_THAN_A_PAGE = PREFIX + "textLongerThanAPage";
}
