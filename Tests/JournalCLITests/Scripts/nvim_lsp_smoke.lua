-- Headless Neovim opens a note with `journal lsp` attached and writes the diagnostics it
-- received to $OUT, one per line: "line:col: severity: message" (0-based, as Neovim keeps
-- them). Works with Neovim 0.7 (vim.lsp.start_client) and later.
--   JOURNAL_BIN=... JOURNAL_ROOT=... NOTE=... OUT=... nvim --headless --clean -c "luafile nvim_lsp_smoke.lua"
local bin, root, note, out = os.getenv("JOURNAL_BIN"), os.getenv("JOURNAL_ROOT"), os.getenv("NOTE"), os.getenv("OUT")
local function finish(lines, code)
  local file = io.open(out, "w")
  file:write(table.concat(lines, "\n") .. "\n")
  file:close()
  vim.cmd((code == 0) and "qall!" or "cquit!")
end
vim.cmd("edit " .. vim.fn.fnameescape(root .. "/" .. note))
local client = vim.lsp.start_client({
  name = "journal",
  cmd = { bin, "lsp", "--journal", root, "--today", "2026-11-20" },
  root_dir = root,
})
if not client then finish({ "error: the client did not start" }, 1) end
vim.lsp.buf_attach_client(0, client)
local ok = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
if not ok then finish({ "error: no diagnostics within 20 seconds" }, 1) end
local names = { [vim.diagnostic.severity.ERROR] = "error", [vim.diagnostic.severity.WARN] = "warning",
                [vim.diagnostic.severity.INFO] = "note", [vim.diagnostic.severity.HINT] = "hint" }
local lines = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(lines, string.format("%d:%d: %s: %s", d.lnum, d.col, names[d.severity], d.message))
end
table.sort(lines)
vim.lsp.stop_client(client)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client) == nil end, 50)
finish(lines, 0)
