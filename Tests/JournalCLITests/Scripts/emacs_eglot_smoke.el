;;; emacs_eglot_smoke.el --- Emacs (batch) opens a note with eglot attached to `journal lsp' -*- lexical-binding: t -*-
;; Writes the flymake diagnostics eglot received to $OUT, one per line:
;; "line:col: severity: message" (0-based line, 0-based column in characters, as Emacs
;; counts them), sorted.  Works with Emacs 28 and elpa-eglot 1.9 (Debian 12) and with the
;; eglot built into Emacs 29 and later.
;;   JOURNAL_BIN=... JOURNAL_ROOT=... NOTE=... OUT=... emacs -Q --batch -l emacs_eglot_smoke.el
(require 'package)
(package-initialize)
;; Debian's elpa-* packages live in site-lisp/elpa, which -Q does not activate.
(unless (locate-library "eglot")
  (dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
    (add-to-list 'load-path dir)))
(require 'eglot)
(require 'flymake)

(defun smoke-finish (lines code)
  (with-temp-file (getenv "OUT") (insert (mapconcat #'identity lines "\n") "\n"))
  (kill-emacs code))

(let* ((bin (getenv "JOURNAL_BIN"))
       (root (file-name-as-directory (getenv "JOURNAL_ROOT")))
       (note (expand-file-name (getenv "NOTE") root))
       (eglot-sync-connect t)
       (eglot-autoshutdown t)
       (project-find-functions (list (lambda (_dir) (cons 'transient root)))))
  (find-file note)
  (text-mode)
  (condition-case err
      (eglot '(text-mode) (project-current) 'eglot-lsp-server
             (list bin "lsp" "--journal" root "--today" "2026-11-20") "markdown")
    (error (smoke-finish (list (format "error: eglot did not connect: %S" err)) 1)))
  (flymake-mode 1)
  (let ((deadline (+ (float-time) 20)) diagnostics)
    (while (and (null (setq diagnostics (flymake-diagnostics))) (< (float-time) deadline))
      (accept-process-output nil 0.05)
      (flymake-start))
    (unless diagnostics (smoke-finish '("error: no diagnostics within 20 seconds") 1))
    (let (lines)
      (dolist (d diagnostics)
        (save-excursion
          (goto-char (flymake-diagnostic-beg d))
          (push (format "%d:%d: %s: %s" (1- (line-number-at-pos)) (- (point) (line-beginning-position))
                        (pcase (flymake-diagnostic-type d)
                          ((or 'eglot-error :error) "error")
                          ((or 'eglot-warning :warning) "warning")
                          (_ "note"))
                        (flymake-diagnostic-text d))
                lines)))
      (ignore-errors (eglot-shutdown (eglot-current-server)))
      (smoke-finish (sort lines #'string<) 0))))
