package org.mediation.resource.stand.web;

/** A resource on a stand with the requests it met at that regional day. */
record StandEntryResponse(String resourceId, String title, String kind, long requests) {}
