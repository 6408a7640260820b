-- Drives the mmscope language server from a real Neovim (0.7 or newer; Debian 12 ships 0.7.2), headless:
--   nvim --headless -u NONE -i NONE -n -c "lua dofile(os.getenv('MMS_SCRIPT'))"
-- Environment:
--   MMS_SCRIPT  this file
--   MMS_CMD     the server command as a JSON array, e.g. ["/path/to/mmscope","lsp"] or ["socat","STDIO","TCP:127.0.0.1:4711"]
--   MMS_ROOT    the workspace folder
--   MMS_GOOD    a scenario without errors (the example); MMS_BROKEN a copy with one error
--   MMS_OUT     where the results go, as JSON
-- The client is configured the way docs/EDITORS.md tells a Neovim 0.7 user to (filetype by an autocommand on
-- *.mms, the client started once and attached on FileType mms), then every request goes through Neovim's own
-- LSP client (vim.lsp.buf_request_sync), and diagnostics are read back from vim.diagnostic.
-- Exit code: 0 when the script ran to the end (the Java test judges the results), 2 when it failed.

local out_path = os.getenv('MMS_OUT')
local results = { nvim = vim.version(), steps = {} }

local function step(name)
  table.insert(results.steps, name)
end

local function finish(code)
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(results))
  f:close()
  vim.cmd('cquit ' .. code)
end

local function main()
  local cmd = vim.fn.json_decode(os.getenv('MMS_CMD'))
  local root = os.getenv('MMS_ROOT')
  local published = {}

  -- As in docs/EDITORS.md (Neovim 0.7): *.mms is filetype mms; one client, started by the first mms buffer and
  -- attached to every one. Only cmd differs (the test's server), and the diagnostics handler counts what arrives.
  local client_id
  vim.cmd('autocmd BufRead,BufNewFile *.mms setfiletype mms')
  vim.api.nvim_create_autocmd('FileType', {
    pattern = 'mms',
    callback = function(args)
      client_id = client_id or vim.lsp.start_client({
        name = 'mmscope',
        cmd = cmd,
        root_dir = root,
        handlers = {
          ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
            local path = vim.uri_to_fname(result.uri)
            published[path] = (published[path] or 0) + 1
            return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
          end,
        },
        on_exit = function(code, signal)
          results.client_exit = { code = code, signal = signal }
        end,
      })
      if not client_id then
        error('vim.lsp.start_client failed for ' .. vim.inspect(cmd))
      end
      vim.lsp.buf_attach_client(args.buf, client_id)
    end,
  })

  local before_open = {}
  local function open(path)
    before_open[path] = published[path] or 0 -- the initial build of the workspace may have published already
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
    local buf = vim.api.nvim_get_current_buf()
    results.filetype = vim.bo[buf].filetype
    return buf
  end

  local function await_diagnostics(buf, path)
    -- the server publishes after didOpen (an empty list for a file without problems)
    local ok = vim.wait(90000, function()
      return (published[path] or 0) > before_open[path]
    end, 50)
    local diags = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      table.insert(diags, { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message })
    end
    return { arrived = ok, diagnostics = diags }
  end

  local function request(buf, method, params)
    local responses, err = vim.lsp.buf_request_sync(buf, method, params, 30000)
    if responses == nil then
      return { timeout = true, err = tostring(err) }
    end
    local r = responses[client_id]
    if r == nil then
      -- no client of the buffer took the request (Neovim checks the server's capabilities first)
      return { sent = false }
    end
    return { sent = true, err = r.err, result = r.result }
  end

  local function at(buf, line, character, extra)
    local p = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = character } }
    for k, v in pairs(extra or {}) do
      p[k] = v
    end
    return p
  end

  -- 1. the example: open it, its diagnostics arrive (none are errors)
  local good_path = os.getenv('MMS_GOOD')
  local good = open(good_path)
  step('opened')
  if not vim.wait(90000, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end, 50) then
    error('the server did not answer initialize')
  end
  local client = vim.lsp.get_client_by_id(client_id)
  results.capabilities = client.server_capabilities
  results.attached = vim.lsp.buf_is_attached(good, client_id)
  results.good = await_diagnostics(good, good_path)
  step('diagnostics')

  -- 2. completion after 'parent: write ' (line 20 of the example, `parent: write buf "old"`): the names in scope
  local completion = request(good, 'textDocument/completion', at(good, 19, 14))
  local labels = {}
  local items = completion.result and (completion.result.items or completion.result) or {}
  for _, item in ipairs(items) do
    table.insert(labels, item.label)
  end
  results.completion = { err = completion.err, labels = labels }
  step('completion')

  -- 3. hover on the operation keyword get_user_pages (line 21, `parent: rx = get_user_pages buf write`)
  local hover = request(good, 'textDocument/hover', at(good, 20, 16))
  local value = ''
  if hover.result and hover.result.contents then
    local c = hover.result.contents
    if type(c) == 'string' then
      value = c
    elseif c.value then
      value = c.value
    else
      for _, part in ipairs(c) do
        value = value .. (type(part) == 'string' and part or part.value or '') .. '\n'
      end
    end
  end
  results.hover = { err = hover.err, value = value }
  step('hover')

  -- 4. definition of buf in that line (column 28): its mmap on line 19
  local definition = request(good, 'textDocument/definition', at(good, 20, 29))
  local locations = {}
  local found = definition.result or {}
  if found.uri or found.targetUri then
    found = { found }
  end
  for _, l in ipairs(found) do
    local range = l.range or l.targetSelectionRange
    table.insert(locations, { uri = l.uri or l.targetUri, line = range.start.line, character = range.start.character })
  end
  results.definition = { err = definition.err, locations = locations }
  step('definition')

  -- 5. rename buf → data: prepareRename and rename from its use on line 20 (and, for the record, from its
  -- declaration on line 19), then Neovim applies the edit to the buffer as :lua vim.lsp.buf.rename() would
  -- references and documentHighlight are recorded, not judged: without cross-references (issue 17) they find
  -- the declaration only and the occurrence under the cursor only
  results.references = request(good, 'textDocument/references', at(good, 19, 15, { context = { includeDeclaration = true } }))
  results.highlight = request(good, 'textDocument/documentHighlight', at(good, 19, 15))
  results.prepare_rename = request(good, 'textDocument/prepareRename', at(good, 19, 15))
  results.rename_at_declaration = request(good, 'textDocument/rename', at(good, 18, 9, { newName = 'data' }))
  local rename = request(good, 'textDocument/rename', at(good, 19, 15, { newName = 'data' }))
  results.rename = rename
  if rename.result then
    vim.lsp.util.apply_workspace_edit(rename.result, client.offset_encoding or 'utf-16')
  end
  results.after_rename = vim.api.nvim_buf_get_lines(good, 0, -1, false)
  step('rename')

  -- 6. a copy with an unknown era: its error arrives on the kernel line
  local broken_path = os.getenv('MMS_BROKEN')
  local broken = open(broken_path)
  results.broken = await_diagnostics(broken, broken_path)
  step('broken')

  -- 7. shutdown and exit, as when the user quits
  vim.lsp.stop_client(client_id)
  results.stopped = vim.wait(20000, function()
    return results.client_exit ~= nil
  end, 50)
  step('stopped')
end

local ok, err = pcall(main)
if not ok then
  results.error = tostring(err)
  finish(2)
else
  finish(0)
end
