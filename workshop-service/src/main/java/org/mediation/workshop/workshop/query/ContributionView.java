package org.mediation.workshop.workshop.query;

import java.util.List;
import org.mediation.workshop.workshop.api.ContributionKind;

public record ContributionView(String id, ContributionKind kind, String text, List<String> tags) {}
