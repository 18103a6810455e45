"""Packaging for deco, driven by settings.ini (the nbdev 2 layout).

A wheel also carries copies of what `deco-reproduce` runs, taken from the clone at build time (the clone stays their
only source, nothing is duplicated in git): the experiment matrices (data/experiments), the paper's numbers
(data/paper), the run and report notebooks and the demo's two tiny checkpoints, under
deco/_resources/. `python -m build --wheel` in a clone makes it;
`bash .ci/wheel-check` checks it in a fresh virtual environment.
"""

from configparser import ConfigParser
from pathlib import Path
import shlex, shutil
import setuptools
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

HERE = Path(__file__).resolve().parent
config = ConfigParser(delimiters=['='])
config.read(HERE / 'settings.ini', encoding='utf-8')
cfg = config['DEFAULT']

statuses = {
    s.split(' - ')[0]: s
    for s in [
        '1 - Planning',
        '2 - Pre-Alpha',
        '3 - Alpha',
        '4 - Beta',
        '5 - Production/Stable',
        '6 - Mature',
        '7 - Inactive',
    ]
}  # settings.ini `status = 4` -> 4 - Beta
py_versions = '3.10 3.11 3.12 3.13'.split()
if cfg['license'] != 'apache2':
    raise ValueError(f"setup.py knows the license 'apache2' only, settings.ini says {cfg['license']!r}")

requirements = shlex.split(cfg.get('requirements', ''))
extras = {k[len('extras_') :]: shlex.split(v) for k, v in cfg.items() if k.startswith('extras_')}
extras['all'] = sorted({r for reqs in extras.values() for r in reqs})
extras['dev'] = shlex.split(cfg.get('dev_requirements', '')) + extras['all']
min_python = cfg['min_python']
console_scripts = [s.strip() for s in cfg.get('console_scripts', '').splitlines() if s.strip()]

# what deco-reproduce needs next to the package: (source in the clone, glob); copied to deco/_resources/<source>/
RESOURCES = [
    ('data/experiments', '**/*.yaml'),
    ('data/experiments', 'README.md'),
    ('data/paper', '**/*'),
    ('nbs', '1[0-9]_*.ipynb'),
    ('nbs', '2[0-9]_*.ipynb'),
    ('nbs', '3[0-9]_*.ipynb'),
    ('data/fixtures/official', 'deco_tiny_lightning.ckpt'),
    ('data/fixtures/official', 't2i_tiny_lightning.ckpt'),
]  # run, report and demo notebooks; the two tiny checkpoints `deco-demo` serves by default (7 MB, random weights)


def resource_files(root: Path) -> list[Path]:
    "The resource files of a clone (or an unpacked sdist), relative to it."
    files = sorted(
        {p.relative_to(root) for src, pattern in RESOURCES for p in (root / src).glob(pattern) if p.is_file()}
    )
    if (
        not any(f.parts[:2] == ('data', 'experiments') for f in files)
        or not (root / 'nbs' / '10_train_evaluate.ipynb').is_file()
    ):
        raise FileNotFoundError(
            f'{root} lacks data/experiments/ or nbs/10_train_evaluate.ipynb: build deco from a clone'
        )
    return files


class build_py_with_resources(build_py):
    "build_py, then the experiment matrices, the paper's numbers and the run notebooks into deco/_resources."

    def run(self):
        super().run()
        if getattr(self, 'editable_mode', False):
            return  # an editable install finds the clone itself
        dest = Path(self.build_lib) / 'deco' / '_resources'
        shutil.rmtree(dest, ignore_errors=True)
        for f in resource_files(HERE):
            (dest / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(HERE / f, dest / f)


class sdist_with_sources(sdist):
    "An sdist that can build the wheel: settings.ini and the resources too."

    def make_release_tree(self, base_dir, files):
        super().make_release_tree(base_dir, files)
        for f in [Path('settings.ini'), *resource_files(HERE)]:
            (Path(base_dir) / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(HERE / f, Path(base_dir) / f)


setuptools.setup(
    name=cfg.get('dist_name', cfg['lib_name']),  # deco-diffusion (PyPI's `deco` is another project); imports as deco
    version=cfg['version'],
    description=cfg['description'],
    author=cfg['author'],
    author_email=cfg['author_email'],
    keywords=cfg['keywords'],
    license_expression='Apache-2.0',  # SPDX (PEP 639), which replaces the License :: classifier
    license_files=['LICENSE'],
    classifiers=[
        'Development Status :: ' + statuses[cfg['status'].strip()],
        'Intended Audience :: ' + cfg['audience'].title(),
        'Natural Language :: ' + cfg['language'].title(),
        'Operating System :: OS Independent',
        'Programming Language :: Python :: 3 :: Only',
        'Topic :: Scientific/Engineering :: Artificial Intelligence',
        'Topic :: Scientific/Engineering :: Image Processing',
    ]
    + ['Programming Language :: Python :: ' + o for o in py_versions[py_versions.index(min_python) :]],
    # the repository's URL once published (settings.ini git_url is nbdev's placeholder until then)
    packages=setuptools.find_packages(include=['deco', 'deco.*']),
    install_requires=requirements,
    extras_require=extras,
    python_requires='>=' + min_python,
    long_description=(HERE / 'README.md').read_text(encoding='utf-8'),
    long_description_content_type='text/markdown',
    zip_safe=False,
    cmdclass={'build_py': build_py_with_resources, 'sdist': sdist_with_sources},
    entry_points={'console_scripts': console_scripts, 'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]},
)
