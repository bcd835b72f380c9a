// Small progressive enhancements; every page works without them.

// Forms with data-confirm ask before submitting (deletions).
document.addEventListener("submit", (event) => {
  const message = event.target.dataset && event.target.dataset.confirm;
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// Fields marked data-for-type="CALL" only show when the activity type is a call.
function showFieldsForType(select) {
  const form = select.form;
  form.querySelectorAll("[data-for-type]").forEach((field) => {
    const shown = field.dataset.forType === select.value;
    field.hidden = !shown;
    if (!shown) {
      field.querySelectorAll("select, input").forEach((input) => (input.value = ""));
    }
  });
}

document.addEventListener("change", (event) => {
  if (event.target.matches("select[name=type]")) {
    showFieldsForType(event.target);
  }
});

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll(".activity-form select[name=type]").forEach(showFieldsForType);
});
