package org.mediation.resource.stand.web;

record RequestResponse(String requestId, String regionalDayId, String resourceId, String registrationId) {}
