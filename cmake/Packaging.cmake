# Debian packages (scripts/package.sh runs cpack): the suite split by who installs what —
#   openmosixview            the windows (Qt Widgets, Charts-free, Svg)
#   openmosixview-collector  the recording daemon without Qt Widgets, for a cluster's controller:
#                            its systemd unit, system user, the profile format's man page
#   openmosixview-sim        omsim, the emulated cluster the demo and the tests run on
# Depends come from the programs' shared libraries (dpkg-shlibdeps).
add_subdirectory(resources)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME openmosixview)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "openMosixview")
set(CPACK_PACKAGE_CONTACT "openMosixview developers <openmosixview@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/openmosixview/openmosixview")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL gui collector sim)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON) # the build keeps its debug information; the packages do not
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Debian's own permissions (0755 folders, 0644 files) whatever the build user's umask.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
    WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_GUI_PACKAGE_NAME openmosixview)
set(CPACK_DEBIAN_GUI_PACKAGE_SECTION admin)
# The main window starts and stops the collector; the demo needs omsim.
set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS "openmosixview-collector (= ${PROJECT_VERSION}-1)")
# openssh-client: the ssh session to a collector on another machine kept between programs
# ([collector] keep_session=, sshmux.h); without it each program connects for itself.
set(CPACK_DEBIAN_GUI_PACKAGE_RECOMMENDS "openmosixview-sim (= ${PROJECT_VERSION}-1), openssh-client")
set(CPACK_COMPONENT_GUI_DESCRIPTION "watch and steer a process-migration cluster
The windows of the openMosixview suite for openMosix/LinuxPMI, MattX and
plain Linux clusters: every node at a glance with its switches
(openmosixview), every process and where it runs (openmosixprocs),
processes dragged from node to node (openmosixmigmon), load and memory
history (openmosixanalyzer) and the cluster at any recorded moment
(openmosixhistory). Commands run over ssh with key authentication and
verified host keys.")

set(CPACK_DEBIAN_COLLECTOR_PACKAGE_NAME openmosixview-collector)
set(CPACK_DEBIAN_COLLECTOR_PACKAGE_SECTION admin)
# adduser: the system user where systemd-sysusers is missing (a container without systemd).
set(CPACK_DEBIAN_COLLECTOR_PACKAGE_DEPENDS "adduser")
set(CPACK_COMPONENT_COLLECTOR_DESCRIPTION "record a process-migration cluster into SQLite
openmosixcollector samples every node of an openMosix/LinuxPMI, MattX or
plain Linux cluster over ssh and records load, memory, every process's
whereabouts, migrations and events into an SQLite database, for the
openMosixview windows' history. It runs as a hardened systemd service
under its own system user; it needs no graphical libraries.")
foreach(script postinst prerm postrm)
    configure_file(${PROJECT_SOURCE_DIR}/resources/debian/collector-${script}
        ${PROJECT_BINARY_DIR}/debian/collector/${script} COPYONLY)
endforeach()
set(CPACK_DEBIAN_COLLECTOR_PACKAGE_CONTROL_EXTRA
    "${PROJECT_BINARY_DIR}/debian/collector/postinst;${PROJECT_BINARY_DIR}/debian/collector/prerm;${PROJECT_BINARY_DIR}/debian/collector/postrm")
set(CPACK_DEBIAN_COLLECTOR_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_SIM_PACKAGE_NAME openmosixview-sim)
set(CPACK_DEBIAN_SIM_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_SIM_PACKAGE_DEPENDS "fuse3")
set(CPACK_COMPONENT_SIM_DESCRIPTION "emulated process-migration cluster for openMosixview
omsim mounts (FUSE) the kernel files of an emulated openMosix, MattX or
plain Linux cluster and serves the node-side commands, so that the
openMosixview suite runs, is demonstrated and tested on one machine:
openmosixview --demo.")

include(CPack)
