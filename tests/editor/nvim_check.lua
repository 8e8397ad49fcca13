-- Drives Neovim (0.7+) as a real LSP client of `factlint lsp`: opens a draft, waits for
-- the diagnostics, records where they are, fixes the line and waits for them to clear.
-- Reads FACTLINT_BIN, FACTLINT_ROOT, FACTLINT_DRAFT and FACTLINT_OUT from the environment.
local bin, root = os.getenv("FACTLINT_BIN"), os.getenv("FACTLINT_ROOT")
local draft, out = os.getenv("FACTLINT_DRAFT"), os.getenv("FACTLINT_OUT")
local lines = {}
local client = vim.lsp.start_client({ name = "factlint", cmd = { bin, "lsp" }, root_dir = root })
vim.cmd("edit " .. draft)
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client)
local got = vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
table.insert(lines, "received:" .. tostring(got))
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local text = vim.api.nvim_buf_get_text(buf, d.lnum, d.col, d.end_lnum, d.end_col, {})[1]
  table.insert(lines, string.format("%s|%d|%d|%d|%s", d.code or "", d.lnum, d.col, d.end_col, text))
end
vim.api.nvim_buf_set_lines(buf, 1, 2, false, { "🙂 Poland has ruled out sending troops." })
local cleared = vim.wait(15000, function() return #vim.diagnostic.get(buf) == 0 end, 50)
table.insert(lines, "cleared:" .. tostring(cleared))
vim.fn.writefile(lines, out)
vim.lsp.stop_client(client)
vim.cmd("qa!")
