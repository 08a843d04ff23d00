package org.mediation.workshop.workshop.command;

/** The workshop has no live contribution of that id (never recorded, or withdrawn). */
public class UnknownContribution extends RuntimeException {

    UnknownContribution(String contributionId) {
        super("No contribution " + contributionId + " in this workshop's report.");
    }
}
