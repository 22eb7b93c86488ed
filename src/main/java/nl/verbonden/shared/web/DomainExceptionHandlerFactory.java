package nl.verbonden.shared.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link DomainExceptionHandler} around the exception handlers configured before it. */
public class DomainExceptionHandlerFactory extends ExceptionHandlerFactory {

  public DomainExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new DomainExceptionHandler(getWrapped().getExceptionHandler());
  }
}
