/** Users, roles, passwords, API tokens and the security of every request. */
package io.vivier.user;
