package io.vivier.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColleaguesTests {

  @Test
  void twoMailboxesOfOneCompanyDomainAreColleagues() {
    assertThat(Colleagues.byEmail("jean.martin@acme.fr", "j.martin@ACME.fr")).isTrue();
    assertThat(Colleagues.byEmail("jean.martin@acme.fr", "jean.martin@acme.fr")).as("one address").isFalse();
    assertThat(Colleagues.byEmail("jean.martin@acme.fr", "jean.martin@gmail.com")).as("work and personal").isFalse();
    assertThat(Colleagues.byEmail("jean.martin@gmail.com", "jmartin77@gmail.com")).as("two free-mail users").isFalse();
    assertThat(Colleagues.byEmail("jean.martin@orange.fr", "martin.jean@orange.fr")).isFalse();
    assertThat(Colleagues.byEmail(null, "j.martin@acme.fr")).isFalse();
    assertThat(Colleagues.byEmail("not an address", "j.martin@acme.fr")).isFalse();
  }
}
