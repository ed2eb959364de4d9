"""`voice-companion models list | install NAME | check [PATH] | path`: the speech models."""

from __future__ import annotations

import sys
from pathlib import Path
from voice_companion.i18n import _


def register(subparsers) -> None:
    p = subparsers.add_parser("models", help=_("list, install and check speech models (Vosk)"),
                              description=_("Speech models for recognizing the worker's voice. "
                              "Models are looked up in this order: --model, $VOICE_COMPANION_MODEL, "
                              "the config file ('model = ...'), the repository's models/ folder, "
                              "your data folder."))
    sub = p.add_subparsers(dest="models_command", metavar=_("ACTION"))
    lst = sub.add_parser("list", help=_("known and installed models"))
    lst.set_defaults(models_func=run_list)
    ins = sub.add_parser("install", help=_("download and install a model (atomically: all or nothing)"))
    ins.add_argument("name", metavar=_("NAME"), help=_("model name, e.g. nl-small (see 'models list')"))
    ins.add_argument("--dest", type=Path, default=None,
                     help=_("folder to install into (default: your data folder's models/)"))
    ins.add_argument("--from-zip", type=Path, default=None, metavar="ZIP",
                     help=_("install from a zip you downloaded yourself (no network needed)"))
    ins.add_argument("--force", action="store_true", help=_("replace an installed model of that name"))
    ins.set_defaults(models_func=run_install)
    chk = sub.add_parser("check", help=_("say whether a folder is a usable Vosk model"))
    chk.add_argument("path", nargs="?", default=None, metavar=_("PATH"),
                     help=_("model folder or name (default: the model that would be used)"))
    chk.add_argument("--model", dest="path_opt", default=None, metavar=_("PATH"), help=_("same as PATH"))
    chk.set_defaults(models_func=run_check)
    pth = sub.add_parser("path", help=_("print the folder of the model that would be used"))
    pth.add_argument("--model", default=None, help=_("model folder or name"))
    pth.set_defaults(models_func=run_path)
    def run(args) -> int:
        action = getattr(args, "models_func", None)
        if action is None:
            p.print_help()
            return 2
        return action(args)

    p.set_defaults(func=run)


def run_list(args) -> int:
    from voice_companion.speech.models import DEFAULT_MODEL, KNOWN_MODELS, base_url, find_named, installed_models

    print(_("Known models:"))
    for m in KNOWN_MODELS.values():
        where = find_named(m.name)
        state = (_("installed: {where}").format(where=where) if where
                 else _("not installed ('voice-companion models install {name}')").format(name=m.name))
        default = _(" (default)") if m.name == DEFAULT_MODEL else ""
        print(_('  {name:<9} {folder}, ~{size_mb} MB, licence {license}{default}').format(name=m.name, folder=m.folder, size_mb=m.size_mb, license=m.license, default=default))
        print(f"            {_(m.note)}")
        print(f"            {state}")
        if m.sha256 is None:
            print(_("            checksum: not known; the install checks size and zip integrity"))
    others = [(name, path, check) for name, path, check in installed_models()
              if not any(name in (m.name, m.folder) for m in KNOWN_MODELS.values())]
    if others:
        print(_("Other model folders:"))
        for name, path, check in others:
            usable = _("usable") if check.ok else _("NOT usable: {problems}").format(problems="; ".join(check.problems))
            print(f"  {name:<9} {path} ({usable})")
    print(_('Download address: {value} (set VOICE_COMPANION_MODEL_URL to use a mirror)').format(value=base_url()))
    return 0


def run_install(args) -> int:
    from voice_companion.speech.models import KNOWN_MODELS, install_model

    known = KNOWN_MODELS.get(args.name)
    if known and "NON-COMMERCIAL" in known.note:
        print(_('note: {name} is licensed {license}: non-commercial use only').format(name=known.name, license=known.license), file=sys.stderr)
    target = install_model(args.name, dest_dir=args.dest, from_zip=args.from_zip, force=args.force)
    print(target)
    return 0


def run_check(args) -> int:
    from voice_companion.errors import UserError
    from voice_companion.speech.models import check_model, find_named, resolve_model

    value = args.path or args.path_opt
    if value is None:
        path, origin = resolve_model(None)
    elif Path(value).expanduser().exists() or "/" in value:
        path, origin = Path(value).expanduser(), "argument"
    else:
        found = find_named(value)
        if found is None:
            raise UserError(_("model '{value}' is not installed and is not a folder; install it with: voice-companion models install {value}").format(value=value))
        path, origin = found, "name"
    check = check_model(path)
    if not check.ok:
        raise UserError(check.summary())
    print(check.summary())
    return 0


def run_path(args) -> int:
    from voice_companion.speech.models import resolve_model

    path, origin = resolve_model(args.model)
    print(path)
    return 0
