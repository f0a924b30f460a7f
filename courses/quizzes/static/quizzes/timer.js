/* The quiz timer: counts down the seconds the server gave (not the phone's clock, which may be
   wrong) and, when it reaches zero on this page, submits the form, so answers not yet saved
   still count (the server takes a submission up to 30 s late). A page that arrives at zero (the
   answer to that submission, if it had a mistake) does not submit again. Without JavaScript the
   page states the deadline in words. */
(function () {
  "use strict";
  var timer = document.querySelector("[data-quiz-timer]");
  if (!timer) return;
  var left = timer.querySelector("[data-quiz-timer-left]");
  var clock = timer.querySelector("[data-quiz-timer-clock]");
  var remaining = Number(timer.getAttribute("data-remaining")) || 0;
  var end = Date.now() + remaining * 1000;
  var pad = function (n) { return (n < 10 ? "0" : "") + n; };
  var tick = function () {
    var seconds = Math.max(0, Math.round((end - Date.now()) / 1000));
    var hours = Math.floor(seconds / 3600);
    var rest = pad(Math.floor((seconds % 3600) / 60)) + ":" + pad(seconds % 60);
    clock.textContent = hours ? hours + ":" + rest : rest;
    if (seconds > 0) return;
    window.clearInterval(interval);
    left.textContent = timer.getAttribute("data-up");
    var form = document.querySelector("[data-quiz-form]");
    var submit = document.querySelector("[data-quiz-submit]");
    if (remaining > 0 && form && submit && form.requestSubmit) form.requestSubmit(submit);
  };
  left.hidden = false;
  timer.classList.add("quiz-timer--live");
  var interval = window.setInterval(tick, 1000);
  tick();
})();
