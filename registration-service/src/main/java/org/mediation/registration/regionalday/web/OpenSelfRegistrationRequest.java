package org.mediation.registration.regionalday.web;

import java.time.LocalDate;

/** {@code closesOn}: the last date (Europe/Paris) the public page takes registrations; the day itself when absent. */
record OpenSelfRegistrationRequest(LocalDate closesOn) {}
