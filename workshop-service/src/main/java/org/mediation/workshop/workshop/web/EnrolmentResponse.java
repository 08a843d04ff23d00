package org.mediation.workshop.workshop.web;

record EnrolmentResponse(String workshopId, String registrationId) {}
