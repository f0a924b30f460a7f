// Sends a [data-autopost] form at once; without JavaScript its button does the same.
document.querySelectorAll("form[data-autopost]").forEach(function (form) {
  form.submit();
});
