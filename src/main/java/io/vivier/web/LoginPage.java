package io.vivier.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST and the sign-out. */
@Controller
@WebUi
class LoginPage {

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String home() {
    return "redirect:/prospects";
  }
}
