# A process holding an established TCP connection (to itself, on the VM's loopback).
import socket, time
server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen(1)
client = socket.create_connection(server.getsockname())
peer, _ = server.accept()
client.sendall(b"x")
peer.recv(1)
while True:
    time.sleep(1)
